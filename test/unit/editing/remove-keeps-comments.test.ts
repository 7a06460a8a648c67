/**
 * Removing a key never removes a comment (issue #13, item 7): "Remove `iotLicence`" used to delete
 * the comment on the removed line. The removed text's comments are kept — the key's, its values',
 * and comment lines inside the block that belong to a neighbour — in every layout removePair knows.
 */
import * as assert from 'node:assert/strict';
import { applyEdits, editDoc, removePair } from '../../../server/src/service/edit';
import { parseYaml } from '../../../server/src/service/parse';
import { asMap, get, type YMap } from '../../../server/src/service/tree';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { expectFix } from './helpers';

function removeAt(text: string, path: Array<string | number>, key: string): string {
  const d = editDoc(text, parseYaml(text).root);
  let node = d.root;
  for (const step of path) node = typeof step === 'number' ? (node?.kind === 'seq' ? node.items[step] ?? null : null) : get(asMap(node), step) ?? null;
  return applyEdits(text, removePair(d, asMap(node) as YMap, key));
}

describe('removePair keeps every comment', () => {
  it('the comment after the removed key becomes a line at its column', () => {
    assert.equal(removeAt('fw:\n  iotLicence: x   # typo from the old template\n  type: prod\n', ['fw'], 'iotLicence'), 'fw:\n  # typo from the old template\n  type: prod\n');
  });

  it('comments after its values, and a neighbour\'s comment line inside the block, are kept', () => {
    const text = 'fw:\n  type: prod\n  iotLicence:   # old\n    type: eval  # loaner\n# about logging, at column 0\n    expires: 2027-01-01\n  logging: {}\n';
    assert.equal(removeAt(text, ['fw'], 'iotLicence'), 'fw:\n  type: prod\n  # old\n  # loaner\n# about logging, at column 0\n  logging: {}\n');
  });

  it('the last line of the file, without a line end', () => {
    assert.equal(removeAt('fw:\n  type: prod\n  iotLicence: x # last', ['fw'], 'iotLicence'), 'fw:\n  type: prod\n  # last');
  });

  it('CRLF files keep CRLF', () => {
    assert.equal(removeAt('fw:\r\n  a: 1 # c\r\n  b: 2\r\n', ['fw'], 'a'), 'fw:\r\n  # c\r\n  b: 2\r\n');
  });

  it('the first key of a list item: the comment goes above the item', () => {
    assert.equal(removeAt('l:\n  - iotLicence: x   # c\n    id: a\n', ['l', 0], 'iotLicence'), 'l:\n  # c\n  - id: a\n');
    assert.equal(removeAt('l:\n  - iotLicence: x   # c\n', ['l', 0], 'iotLicence'), 'l:\n  - {}   # c\n');
  });

  it('a multi-line flow map', () => {
    assert.equal(removeAt('s: { a: 1,   # c\n  b: 2 }\n', ['s'], 'a'), '# c\ns: { b: 2 }\n');
  });

  it('a # inside a quoted value or a block scalar is text, not a comment', () => {
    assert.equal(removeAt('fw:\n  note: "a # b"\n  z: 1\n', ['fw'], 'note'), 'fw:\n  z: 1\n');
    assert.equal(removeAt('fw:\n  k: |\n    # text of the block\n  z: 1\n', ['fw'], 'k'), 'fw:\n  z: 1\n');
    assert.equal(removeAt("fw:\n  note: 'x#y' # real\n  z: 1\n", ['fw'], 'note'), 'fw:\n  # real\n  z: 1\n');
  });

  it('without comments the edit is what it was: whole lines out', () => {
    assert.equal(removeAt('fw:\n  a: 1\n  b: 2\n', ['fw'], 'a'), 'fw:\n  b: 2\n');
  });

  it('"Remove `iotLicence`" (schema.unknown-key) keeps the comment on the removed line', () => {
    const before = variant('    iotLicense:\n      type: trial\n', '    iotLicense:\n      type: trial\n    iotLicence: eval   # what the partner asked for\n');
    expectFix(before, 'schema.unknown-key', 'Remove `iotLicence`', variant('    iotLicense:\n      type: trial\n', '    iotLicense:\n      type: trial\n    # what the partner asked for\n'), CLEAN_FILES);
    assert.ok(CLEAN.includes('    iotLicense:\n      type: trial\n'));
  });
});
