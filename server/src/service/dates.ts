/** ISO calendar dates as whole UTC days, so date arithmetic has no time-zone or DST surprises. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]); const mo = Number(m[2]); const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / DAY_MS);
}

export function formatIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
