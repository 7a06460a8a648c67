import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'identity.csv-requires-static';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const DHCP = variant('addressing: static\n        identity:\n          method: csv\n          csv: hvac.csv', 'addressing: «dhcp»\n        identity:\n          method: csv\n          csv: hvac.csv');
const UNSET = variant('        addressing: static\n        identity:\n          method: csv\n          csv: hvac.csv', '        identity:\n          method: «csv»\n          csv: hvac.csv');

describe('identity.csv-requires-static', () => {
  it('fires on addressing when a CSV identity segment is not static', () => {
    const [d] = expectAt(DHCP, CODE, opts);
    assert.deepEqual(d!.data, { addressing: 'dhcp' });
    assert.match(d!.message, /segment `p51-hvac` uses `addressing: dhcp`/);
  });

  it('relates to the csv method', () => {
    const [d] = expectAt(DHCP, CODE, opts);
    assert.deepEqual(relatedText(DHCP, d!), ['csv']);
  });

  it('fires on the method when addressing is missing', () => {
    const [d] = expectAt(UNSET, CODE, opts);
    assert.match(d!.message, /set `addressing: static` on segment `p51-hvac`/);
  });

  it('stays quiet for static segments', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(DHCP);
    assertJapanese(UNSET);
  });
});
