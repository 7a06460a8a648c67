import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'logging.disabled';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

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
