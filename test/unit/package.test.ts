/**
 * The .vsix: packs it from the current build with vsce (as `npm run package` does, without the
 * production rebuild) into a temp folder and checks what it holds against the allow-list in
 * .vscodeignore, its size and the manifest fields the Marketplace shows. The bundles here are the
 * unminified development build, so the size is an upper bound of the released package's.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../cli-harness';

/** The VS Code the in-editor suite runs in: code-server 4.100.3 here, test-electron's pin elsewhere. */
const TESTED_VSCODE = '1.100.3';
const MAX_BYTES = 2 * 1024 * 1024;

interface ZipEntry { name: string; size: number; compressedSize: number }

/** File names and sizes from a zip's central directory (enough for a .vsix; no zip64). */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, 'not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory header');
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size, compressedSize });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function versionParts(v: string): number[] {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(v);
  assert.ok(m, `not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function versionLte(a: string, b: string): boolean {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return true;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  assert.equal(b.toString('latin1', 1, 4), 'PNG', `${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// What .vscodeignore lets in (paths inside the package's extension/ folder).
const ALLOWED: RegExp[] = [
  /^dist\/(client|language-client|server|cli|xml-validate-worker)\.js$/,
  /^schemas\/[^/]+\.json$/,
  /^snippets\/[^/]+\.code-snippets$/,
  /^syntaxes\/[^/]+\.tmLanguage\.json$/,
  /^docs\/rules\/[^/]+\.md$/,
  /^images\/icon\.png$/,
  /^images\/screenshots\/[^/]+\.png$/,
  /^images\/walkthrough\/[^/]+\.png$/,
  /^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^(language-configuration|package|package\.nls(\.[a-z-]+)?)\.json$/,
  /^(readme|changelog)\.md$/i,
  /^LICENSE(\.txt)?$/,
];

describe('the .vsix package', function () {
  this.timeout(60_000);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & {
    engines: { vscode: string }; contributes: Record<string, unknown>; icon?: string; galleryBanner?: { color?: string; theme?: string };
    devDependencies: Record<string, string>;
  };
  let tmp: string;
  let vsix: string;
  let entries: ZipEntry[];

  before(function () {
    for (const f of ['dist/client.js', 'dist/language-client.js', 'dist/server.js', 'dist/cli.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing: build first (npm run build)`);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-vsix-'));
    vsix = path.join(tmp, 'test.vsix');
    const bin = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    const r = spawnSync(process.execPath, [bin, 'package', '--no-dependencies', '--out', vsix], {
      cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' },
    });
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
    entries = zipEntries(fs.readFileSync(vsix));
  });
  after(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  it('is smaller than 2 MB', () => {
    const size = fs.statSync(vsix).size;
    assert.ok(size < MAX_BYTES, `${(size / 1024 / 1024).toFixed(2)} MB`);
  });

  it('holds only the allow-list: no node_modules, sources, source maps or tests', () => {
    const files = entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
    assert.ok(files.includes('extension.vsixmanifest') && files.includes('[Content_Types].xml'));
    const inside = files.filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
    for (const f of inside) {
      assert.ok(!/(^|\/)node_modules\//.test(f), `node_modules in the package: ${f}`);
      assert.ok(!/\.map$/.test(f), `source map in the package: ${f}`);
      assert.ok(!/\.(ts|mts|cts)$/.test(f), `TypeScript source in the package: ${f}`);
      assert.ok(!/^(client|server|test|out|scripts|bench|examples|\.ci|\.vscode)\//.test(f), `sources or tests in the package: ${f}`);
      assert.ok(ALLOWED.some((re) => re.test(f)), `not on the allow-list: ${f}`);
    }
    for (const must of ['dist/client.js', 'dist/language-client.js', 'dist/server.js', 'dist/cli.js', 'dist/xml-validate-worker.js', 'package.json', 'images/icon.png', 'schemas/pocplan.schema.json', 'docs/rules/README.md']) {
      assert.ok(inside.includes(must), `${must} is missing from the package`);
    }
    assert.ok(inside.some((f) => /^changelog\.md$/i.test(f)), 'CHANGELOG.md is missing from the package');
    if (fs.existsSync(path.join(ROOT, 'README.md'))) assert.ok(inside.some((f) => /^readme\.md$/i.test(f)), 'README.md is missing from the package');
    // Everything the manifest points at is inside.
    assert.ok(inside.includes(String(pkg.main).replace(/^\.\//, '')), `main ${String(pkg.main)} is not packaged`);
    for (const s of (pkg.contributes.snippets ?? []) as Array<{ path: string }>) {
      if (fs.existsSync(path.join(ROOT, s.path))) assert.ok(inside.includes(s.path.replace(/^\.\//, '')), `${s.path} is not packaged`);
    }
  });

  it(`engines.vscode is no newer than the VS Code the tests run in (${TESTED_VSCODE})`, () => {
    assert.ok(versionLte(pkg.engines.vscode, TESTED_VSCODE), `engines.vscode ${pkg.engines.vscode} > ${TESTED_VSCODE}`);
    assert.ok(versionLte(pkg.devDependencies['@types/vscode']!, pkg.engines.vscode), '@types/vscode must not be newer than engines.vscode');
    const cfg = fs.readFileSync(path.join(ROOT, '.vscode-test.mjs'), 'utf8');
    assert.match(cfg, new RegExp(`version: '${TESTED_VSCODE.replace(/\./g, '\\.')}'`), '.vscode-test.mjs pins another VS Code');
    const cs = fs.readFileSync(path.join(ROOT, 'scripts', 'editor', 'code-server.mjs'), 'utf8');
    assert.match(cs, /CODE_SERVER_VERSION = '4\.100\.3'/, 'code-server 4.100.3 is VS Code 1.100.3');
  });

  it('carries the Marketplace fields: icon (128×128 PNG), banner, categories, repository, license, changelog', () => {
    for (const k of ['name', 'publisher', 'displayName', 'description', 'version', 'license', 'categories', 'keywords', 'repository']) {
      assert.ok(pkg[k], `package.json lacks ${k}`);
    }
    assert.equal(pkg.icon, 'images/icon.png');
    assert.deepEqual(pngSize(path.join(ROOT, 'images', 'icon.png')), { width: 128, height: 128 });
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(pkg.galleryBanner?.theme ?? ''));
    assert.match(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`## \\[?${String(pkg.version).replace(/\./g, '\\.')}\\]?`), `CHANGELOG.md has no section for ${String(pkg.version)}`);
  });

  it('declares workspace-trust and virtual-workspace support, documented in docs/restricted-mode.md', () => {
    const caps = pkg.capabilities as { untrustedWorkspaces?: { supported: unknown; description?: string }; virtualWorkspaces?: { supported: unknown; description?: string } };
    assert.ok(caps?.untrustedWorkspaces, 'capabilities.untrustedWorkspaces is missing');
    assert.ok([true, false, 'limited'].includes(caps.untrustedWorkspaces.supported as never));
    if (caps.untrustedWorkspaces.supported === 'limited') assert.ok(caps.untrustedWorkspaces.description, 'limited support needs a description');
    assert.ok(caps.virtualWorkspaces, 'capabilities.virtualWorkspaces is missing');
    if (caps.virtualWorkspaces.supported === 'limited') assert.ok(caps.virtualWorkspaces.description, 'limited support needs a description');
    assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'restricted-mode.md')));
  });

  it('README screenshots, when present, are small PNGs about 1200 px wide', () => {
    const dir = path.join(ROOT, 'images', 'screenshots');
    const shots = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.png')) : [];
    for (const f of shots) {
      const { width } = pngSize(path.join(dir, f));
      assert.ok(width <= 1400, `${f} is ${width} px wide`);
      assert.ok(fs.statSync(path.join(dir, f)).size < 400 * 1024, `${f} is over 400 KB`);
    }
  });
});
