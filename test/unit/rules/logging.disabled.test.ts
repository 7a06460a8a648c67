import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'logging.disabled';
const opts = { files: CLEAN_FILES };

/** The plan text under each related location of `d` (the plan given with «» markers). */
function relatedText(marked: string, d: PlanDiagnostic): string[] {
  const { text } = unmark(dedent(marked));
  const li = new LineIndex(text);
  return d.related.map((r) => text.slice(li.offsetAt(r.range.start), li.offsetAt(r.range.end)));
}

/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
}

/** Japanese messages render completely: no `{placeholder}` left, and the text is Japanese. */
function assertJapanese(marked: string): void {
  const ds = run(marked, { lang: 'ja' });
  assert.ok(ds.length > 0, 'fires in Japanese too');
  for (const d of ds) {
    for (const m of [d.message, ...d.related.map((r) => r.message)]) assert.doesNotMatch(m, /\{\w+\}/, m);
    assert.match(d.message, /[\u3040-\u30ff\u4e00-\u9fff]/, d.message);
  }
}

const CLOUD = variant('cloudLogging: true', 'cloudLogging: «false»');
const EAL = variant('enhancedApplicationLogs: true', 'enhancedApplicationLogs: «false»');

describe('logging.disabled', () => {
  it('fires on cloudLogging: false of a firewall that serves a segment', () => {
    const [d] = expectAt(CLOUD, CODE, opts);
    assert.deepEqual(d!.data, { key: 'cloudLogging' });
    assert.match(d!.message, /Cloud logging is off on firewall `fw-osaka`, which serves these segments: `p1-scanners`, `p2-cameras`/);
  });

  it('fires on enhancedApplicationLogs: false', () => {
    const [d] = expectAt(EAL, CODE, opts);
    assert.deepEqual(d!.data, { key: 'enhancedApplicationLogs' });
    assert.match(d!.message, /Enhanced Application Logs are off/);
  });

  it('relates to each segment reference to the firewall', () => {
    const [d] = expectAt(CLOUD, CODE, opts);
    const texts = relatedText(CLOUD, d!);
    assert.equal(texts.length, 9);
    assert.ok(texts.every((t) => t === 'fw-osaka'));
    assert.deepEqual(d!.related.slice(0, 2).map((r) => r.message), ['Segment `p1-scanners` uses `fw-osaka` for identity', 'Segment `p1-scanners` uses `fw-osaka` for traffic']);
  });

  it('stays quiet when logging keys are absent or true, and for firewalls no segment uses', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('      cloudLogging: true\n', ''), CODE, opts);
    expectNone(`
      pocplan: 1
      firewalls:
        - id: spare
          logging: { cloudLogging: false, enhancedApplicationLogs: false }
    `, CODE);
  });

  it('renders in Japanese', () => {
    assertJapanese(CLOUD);
    assertJapanese(EAL);
  });
});
