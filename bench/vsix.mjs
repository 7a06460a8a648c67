#!/usr/bin/env node
// .vsix size: dist/iot-security-poc-planner.vsix, built with the repo's own `npm run package`
// when it is missing (or with --rebuild). Goal: < 2 MiB.
//
//   node bench/vsix.mjs [--rebuild] [--json]
//
// Also lists the largest entries (compressed) from the zip's central directory, and says whether
// the package is older than the sources that go into it (then its size may be out of date).
// `npm run package` leaves a production (minified) build in dist/; when dist/ held a dev build
// before, it is rebuilt with `node esbuild.mjs` afterwards so the rest of the benchmark and other
// users of dist/ see what they saw before.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { formatTable } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..');
export const VSIX_PATH = join(REPO_ROOT, 'dist', 'iot-security-poc-planner.vsix');
export const VSIX_GOAL_BYTES = 2 * 2 ** 20;

/** Entries of a zip file from its central directory (no zip64: a .vsix is far below 4 GiB). */
export function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt central directory');
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated), or undefined if absent. */
export function readZipEntry(zipPath, name) {
  const buf = readFileSync(zipPath);
  const e = zipEntries(buf).find((x) => x.name === name);
  if (!e) return undefined;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  return e.method === 0 ? Buffer.from(data) : inflateRawSync(data);
}

const isDevBuild = (file) => existsSync(file) && readFileSync(file, 'utf8').includes('sourceMappingURL=');

function run(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300000 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.error?.message ?? r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  return performance.now() - t;
}

/** `npm run package`, then restore a dev build of dist/ if that is what was there. */
function buildVsix() {
  const wasDev = isDevBuild(join(REPO_ROOT, 'dist', 'client.js'));
  const ms = run('npm', ['run', 'package']);
  if (wasDev) run(process.execPath, [join(REPO_ROOT, 'esbuild.mjs')]);
  return { packageMs: Math.round(ms), restoredDevBuild: wasDev };
}

/** Packaged sources (and the TypeScript behind dist/) changed after the .vsix was written. */
function newerSources(vsixMtime, entries) {
  const newer = [];
  const check = (rel) => { try { if (statSync(join(REPO_ROOT, rel)).mtimeMs > vsixMtime) newer.push(rel); } catch { /* not in the repo */ } };
  for (const e of entries) {
    const rel = e.name.replace(/^extension\//, '');
    if (e.name.startsWith('extension/') && !rel.startsWith('dist/')) check(rel);
  }
  const walk = (dir) => {
    for (const d of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${d.name}`;
      if (d.isDirectory()) walk(rel); else if (/\.ts$/.test(d.name)) check(rel);
    }
  };
  for (const dir of ['client/src', 'server/src']) if (existsSync(join(REPO_ROOT, dir))) walk(dir);
  return newer;
}

/**
 * @param {{ vsix?: string, build?: 'if-missing'|'always'|'never' }} o
 * @returns {{ status, path, bytes, MiB, entries, largest, built, stale, newerSources }}
 */
export function measureVsix({ vsix = VSIX_PATH, build = 'if-missing' } = {}) {
  let built = null;
  try {
    if (build === 'always' || (build === 'if-missing' && !existsSync(vsix))) built = buildVsix();
    if (!existsSync(vsix)) return { status: 'skipped', reason: `${vsix} not found (npm run package)` };
    const st = statSync(vsix);
    const entries = zipEntries(readFileSync(vsix));
    const newer = newerSources(st.mtimeMs, entries);
    return {
      status: 'ok',
      path: vsix,
      bytes: st.size,
      MiB: Math.round((st.size / 2 ** 20) * 1000) / 1000,
      goalBytes: VSIX_GOAL_BYTES,
      builtAt: st.mtime.toISOString(),
      built,
      entries: entries.length,
      uncompressedBytes: entries.reduce((a, e) => a + e.size, 0),
      largest: [...entries].sort((a, b) => b.compressed - a.compressed).slice(0, 6).map((e) => ({ name: e.name, compressed: e.compressed, size: e.size })),
      stale: newer.length > 0,
      newerSources: newer.slice(0, 20),
    };
  } catch (e) {
    return { status: 'error', path: vsix, built, error: { message: e.message } };
  }
}

const kib = (b) => (b / 1024).toFixed(0);

/** Rows for formatTable plus a note line. */
export function vsixRows(r) {
  if (r.status !== 'ok') return [['.vsix', 'status'], ['dist/iot-security-poc-planner.vsix', `${r.status}: ${r.reason ?? r.error?.message}`]];
  const rows = [[`.vsix: ${r.entries} files, ${kib(r.uncompressedBytes)} KiB unpacked [goal < 2 MiB]`, 'KiB', 'MiB']];
  rows.push(['dist/iot-security-poc-planner.vsix', kib(r.bytes), r.MiB.toFixed(2)]);
  for (const e of r.largest) rows.push([`  largest: ${e.name}`, kib(e.compressed), null]);
  return rows;
}

export function vsixNote(r) {
  if (r.status !== 'ok') return '';
  const made = r.built ? `built now by npm run package in ${(r.built.packageMs / 1000).toFixed(1)} s${r.built.restoredDevBuild ? ', dev build of dist/ restored' : ''}` : `built ${r.builtAt}`;
  const stale = r.stale ? `; STALE: ${r.newerSources.length} source(s) changed since, e.g. ${r.newerSources.slice(0, 3).join(', ')} (rebuild: --vsix-rebuild)` : '';
  return `vsix ${made}${stale}`;
}

// ---------------------------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const r = measureVsix({ build: args.includes('--rebuild') ? 'always' : 'if-missing' });
  if (args.includes('--json')) console.log(JSON.stringify(r, null, 1));
  else console.log(`${formatTable(vsixRows(r))}\n${vsixNote(r)}`);
  process.exitCode = r.status === 'ok' && r.bytes < VSIX_GOAL_BYTES ? 0 : 1;
}
