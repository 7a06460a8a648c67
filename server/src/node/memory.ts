/**
 * Keeping a very large plan's server under its memory budget. A check of a 100,000-line plan
 * holds the parser's syntax tree (about 35 bytes per byte of text) and, while an edit is checked,
 * the previous result too; V8 collects the old generation lazily, so the garbage of a few such
 * checks piles up before it does (a 100k-line plan reached 450 MB over 30 edits, with 150 MB live).
 * For large texts only, the server collects itself: before a first check (a full parse), and
 * after a check once the heap has doubled since the last collection. Below the threshold V8's own
 * timing is better, and nothing here runs.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Texts at least this long (characters) are managed: a 100,000-line plan is 2.6 MB. */
export const LARGE_TEXT = 1_000_000;

let gc: (() => void) | undefined | null = null;
/** Heap in use just after the last collection here. */
let liveAfterGc = 0;

function collector(): (() => void) | undefined {
  if (gc === null) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = undefined;
    }
  }
  return gc;
}

function collect(): boolean {
  const f = collector();
  if (!f) return false;
  f();
  liveAfterGc = process.memoryUsage().heapUsed;
  return true;
}

/** Before checking `textLength` characters in full: collects if the text is large. */
export function collectBeforeLargeCheck(textLength: number): boolean {
  return textLength >= LARGE_TEXT && collect();
}

/** After a check of `textLength` characters: collects if the text is large and the heap has doubled. */
export function collectAfterLargeCheck(textLength: number): boolean {
  if (textLength < LARGE_TEXT) return false;
  return process.memoryUsage().heapUsed > 2 * liveAfterGc && collect();
}
