/** PAN-OS versions: `10.2`, `11.1.2`, `10.2.4-h3`. Compared numerically, part by part. */
export interface PanosVersion { major: number; minor: number; patch: number; hotfix: number; text: string }

const RE = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-h(\d+))?$/;

export function parseVersion(text: string | undefined): PanosVersion | undefined {
  if (text === undefined) return undefined;
  const m = RE.exec(String(text).trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), hotfix: Number(m[4] ?? 0), text: String(text).trim() };
}

export function compareVersion(a: PanosVersion, b: string): number {
  const v = parseVersion(b);
  if (!v) return 0;
  return a.major - v.major || a.minor - v.minor || a.patch - v.patch || a.hotfix - v.hotfix;
}

export function below(a: PanosVersion | undefined, b: string): boolean {
  return a !== undefined && compareVersion(a, b) < 0;
}
