import * as assert from 'node:assert/strict';
import { parseYaml } from '../../server/src/service/parse';
import { reparseEdit } from '../../server/src/service/reparse';
import { DEFAULT_SETTINGS } from '../../server/src/service/config';
import { checkPlan, parsePlan } from '../../server/src/service/check';
import { CLEAN } from '../fixtures';

const CLEAN_TEXT = CLEAN;

/** A deterministic xorshift: the edits are the same on every run. */
function rng(seed: number): () => number {
  let s = seed;
  return () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296; };
}

describe('incremental reparse', () => {
  it('matches a full parse for every edit it accepts, and declines the rest', () => {
    const rnd = rng(12345);
    const chars = 'ab1.-_ :#\n,x0e9"[&';
    let text = CLEAN_TEXT;
    let old = parseYaml(text);
    let fast = 0;
    for (let i = 0; i < 1000; i++) {
      const p = Math.floor(rnd() * text.length);
      const next = rnd() < 0.5 ? text.slice(0, p) + chars[Math.floor(rnd() * chars.length)]! + text.slice(p) : text.slice(0, p) + text.slice(p + 1 + Math.floor(rnd() * 2));
      const inc = reparseEdit(text, old, next);
      const full = parseYaml(next);
      if (inc) { fast++; assert.deepEqual(JSON.parse(JSON.stringify(inc)), JSON.parse(JSON.stringify(full)), `edit at ${p}`); }
      if (rnd() < 0.3 && !full.findings.length) { text = next; old = inc ?? full; }
    }
    assert.ok(fast >= 5, `only ${fast} edits took the fast path`);
  });

  it('gives the same check result as a fresh parse', () => {
    const at = CLEAN_TEXT.indexOf('\n', CLEAN_TEXT.indexOf('id:', CLEAN_TEXT.length >> 1));
    for (const insert of ['x', '9', '.5', '-']) {
      const next = CLEAN_TEXT.slice(0, at) + insert + CLEAN_TEXT.slice(at);
      const prev = parsePlan('file:///p.pocplan.yaml', CLEAN_TEXT);
      const opts = { settings: DEFAULT_SETTINGS, host: { readFile: () => undefined }, docsBase: 'x/' };
      assert.ok(reparseEdit(CLEAN_TEXT, prev.yaml, next), `fast path for ${insert}`);
      const inc = parsePlan('file:///p.pocplan.yaml', next, prev);
      assert.deepEqual(checkPlan(inc, opts), checkPlan(parsePlan('file:///p.pocplan.yaml', next), opts));
    }
  });

  it('declines an edit of a key, a quoted scalar or a structural character', () => {
    const text = 'a: foo\nb: "bar"\nc: [x, y]\n';
    const old = parseYaml(text);
    assert.equal(reparseEdit(text, old, 'ax: foo\nb: "bar"\nc: [x, y]\n'), undefined);
    assert.equal(reparseEdit(text, old, 'a: foo\nb: "barx"\nc: [x, y]\n'), undefined);
    assert.equal(reparseEdit(text, old, 'a: fo:o\nb: "bar"\nc: [x, y]\n'), undefined);
    assert.equal(reparseEdit(text, old, 'a: fo\nb: "bar"\nc: [x, y]\n')?.root?.kind, 'map');
  });
});
