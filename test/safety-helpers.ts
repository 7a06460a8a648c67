/** Shared checks of the hostile-input, fuzzing and safety suites. */
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../server/src/service';

export interface RangeLike { start: { line: number; character: number }; end: { line: number; character: number } }

/** Every range lies inside `text`: lines that exist, characters within their line, start before end. */
export function assertRangesInside(text: string, diags: ReadonlyArray<{ range: RangeLike; code?: string | number }>, what: string): void {
  const li = new LineIndex(text);
  for (const d of diags) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < li.lineCount, `${what}: ${d.code} line ${p.line} of ${li.lineCount}`);
      const len = li.lineEnd(p.line) - li.lineStart(p.line);
      assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= len, `${what}: ${d.code} character ${p.character} on a line of ${len}`);
    }
    const { start, end } = d.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: ${d.code} range is reversed`);
  }
}

/**
 * Every entry under `dir` (symlinks not followed) with its type, size, mode, mtime and content
 * hash: two snapshots are equal only when nothing in the folder was written, replaced or re-moded.
 */
export function folderSnapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.lstatSync(p);
      const rel = path.relative(dir, p);
      if (st.isSymbolicLink()) out.set(rel, `link -> ${fs.readlinkSync(p)}`);
      else if (st.isDirectory()) { out.set(rel, `dir ${st.mode}`); walk(p); }
      else out.set(rel, `file ${st.size} ${st.mode} ${st.mtimeMs} ${crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}
