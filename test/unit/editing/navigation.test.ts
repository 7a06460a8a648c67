import * as assert from 'node:assert/strict';
import type { PlanSymbol, Span } from '../../../server/src/service';
import { applyEdits } from '../../../server/src/service/edit';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { atCursor, makeService, PLAN_URI, problems, settings } from './helpers';

const service = makeService(CLEAN_FILES);

/** `text@line` for each span (1-based lines). */
function show(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => `${text.slice(s.start, s.end)}@${text.slice(0, s.start).split('\n').length}`);
}

function at(marked: string): { text: string; offset: number } {
  return atCursor(marked);
}

describe('navigation', () => {
  const FW_REF = at(variant('          method: dhcp-syslog\n          firewall: fw-osaka', '          method: dhcp-syslog\n          firewall: fw-o¦saka'));

  it('go to definition from a firewall reference', () => {
    assert.deepEqual(show(FW_REF.text, service.definition(PLAN_URI, FW_REF.text, FW_REF.offset)), ['fw-osaka@17']);
  });

  it('find references of a firewall: the definition and every identity/traffic reference', () => {
    const refs = show(FW_REF.text, service.references(PLAN_URI, FW_REF.text, FW_REF.offset, true));
    assert.deepEqual(refs, ['fw-osaka@17', 'fw-osaka@67', 'fw-osaka@71', 'fw-osaka@79', 'fw-osaka@84', 'fw-osaka@92', 'fw-osaka@95', 'fw-osaka@106', 'fw-osaka@117', 'fw-osaka@128']);
    assert.equal(service.references(PLAN_URI, FW_REF.text, FW_REF.offset, false).length, 9);
  });

  it('interfaces are per firewall: references of ethernet1/3 of fw-osaka', () => {
    const { text, offset } = at(variant('      - name: ethernet1/3', '      - name: ethernet¦1/3'));
    assert.deepEqual(show(text, service.references(PLAN_URI, text, offset, true)), ['ethernet1/3@38', 'ethernet1/3@68', 'ethernet1/3@72']);
  });

  it('switch references include identity.switch and mirrorFrom', () => {
    const { text, offset } = at(variant('  - id: sw-core', '  - id: sw-c¦ore'));
    assert.deepEqual(show(text, service.references(PLAN_URI, text, offset, true)), ['sw-core@49', 'sw-core@47', 'sw-core@81', 'sw-core@103']);
  });

  it('document highlights mark the definition as written', () => {
    const hs = service.highlights(PLAN_URI, FW_REF.text, FW_REF.offset);
    assert.equal(hs.length, 10);
    assert.deepEqual(hs.map((h) => h.write), [true, ...Array(9).fill(false)]);
  });

  it('sites and segments have a definition only', () => {
    const { text, offset } = at(variant('  - id: osaka', '  - id: osa¦ka'));
    assert.deepEqual(show(text, service.references(PLAN_URI, text, offset, true)), ['osaka@58']);
  });

  it('nothing on a value that is not a name', () => {
    const { text, offset } = at(variant('    model: PA-450', '    model: PA-¦450'));
    assert.deepEqual(service.definition(PLAN_URI, text, offset), []);
    assert.equal(service.prepareRename(PLAN_URI, text, offset), undefined);
  });

  describe('rename', () => {
    it('renaming a firewall id renames every reference, and the plan stays clean', () => {
      const prep = service.prepareRename(PLAN_URI, FW_REF.text, FW_REF.offset)!;
      assert.equal(prep.placeholder, 'fw-osaka');
      assert.equal(FW_REF.text.slice(prep.start, prep.end), 'fw-osaka');
      const r = service.rename(PLAN_URI, FW_REF.text, FW_REF.offset, 'fw-kobe', settings());
      assert.ok('edits' in r);
      const after = applyEdits(FW_REF.text, r.edits);
      assert.equal(after, CLEAN.replaceAll('fw-osaka', 'fw-kobe'));
      assert.deepEqual(problems(after, CLEAN_FILES), []);
    });

    it('renaming an interface renames the references that go through its firewall', () => {
      const { text, offset } = at(variant('      - name: ethernet1/3', '      - name: ethernet¦1/3'));
      const r = service.rename(PLAN_URI, text, offset, 'ethernet1/4', settings());
      assert.ok('edits' in r);
      assert.equal(applyEdits(text, r.edits), CLEAN.replaceAll('ethernet1/3', 'ethernet1/4'));
    });

    it('renaming a switch renames mirrorFrom and identity.switch', () => {
      const { text, offset } = at(variant('        mirrorFrom: sw-core', '        mirrorFrom: sw-c¦ore'));
      const r = service.rename(PLAN_URI, text, offset, 'sw-dist', settings());
      assert.ok('edits' in r);
      assert.equal(applyEdits(text, r.edits), CLEAN.replaceAll('sw-core', 'sw-dist'));
    });

    it('keeps quotes', () => {
      const quoted = variant('          method: dhcp-syslog\n          firewall: fw-osaka', '          method: dhcp-syslog\n          firewall: "fw-osaka"');
      const r = service.rename(PLAN_URI, quoted, quoted.indexOf('"fw-osaka"') + 3, 'fw-kobe', settings());
      assert.ok('edits' in r);
      assert.ok(applyEdits(quoted, r.edits).includes('firewall: "fw-kobe"'));
    });

    it('refuses an invalid or taken name, with a message in the user\'s language', () => {
      assert.deepEqual(service.rename(PLAN_URI, FW_REF.text, FW_REF.offset, 'fw kobe', settings()), { error: '`fw kobe` is not a valid id: use letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit (64 at most).' });
      const { text, offset } = at(variant('  - id: sw-core', '  - id: sw-c¦ore'));
      const withTwo = variant('xsoar:\n', '  - id: sw-edge\nxsoar:\n', text);
      assert.deepEqual(service.rename(PLAN_URI, withTwo, offset, 'sw-edge', settings({ lang: 'ja' })), { error: '`sw-edge` というスイッチはすでにあります。' });
    });
  });
});

describe('outline, folding and selection', () => {
  const outline = (symbols: readonly PlanSymbol[]): unknown => symbols.map((s) => (s.children.length ? { [`${s.name} (${s.kind})`]: outline(s.children) } : `${s.name}${s.detail ? ` — ${s.detail}` : ''}`));

  it('document symbols: sections, firewalls with interfaces, switches, sites with segments and their pattern', () => {
    assert.deepEqual(outline(service.documentSymbols(PLAN_URI, CLEAN, settings())), [
      'pocplan — 1', 'title — Osaka plant IoT Security PoC', 'customer — Example Manufacturing', 'locale — en', 'poc', 'tenant',
      { 'firewalls (section)': [{ 'fw-osaka (firewall)': ['ethernet1/1 — virtual-wire · iot', 'ethernet1/3 — layer3 · scanners', 'ethernet1/7 — tap · mirror'] }] },
      { 'switches (section)': ['sw-core — Catalyst 9300'] },
      'xsoar',
      { 'sites (section)': [{ 'osaka (site)': [
        'p1-scanners — 10.1.20.0/24 · pattern 1', 'p2-cameras — 10.1.21.0/24 · pattern 2', 'p3-printers — 10.1.22.0/24 · pattern 3',
        'p4-badges — 10.1.23.0/24 · pattern 4', 'p51-hvac — 10.1.30.0/24 · pattern 5-1', 'p52-meters — 10.1.40.0/24 · pattern 5-2',
      ] }] },
    ]);
    const fw = service.documentSymbols(PLAN_URI, CLEAN, settings()).find((s) => s.name === 'firewalls')!.children[0]!;
    assert.equal(CLEAN.slice(fw.selStart, fw.selEnd), 'fw-osaka');
    assert.ok(CLEAN.slice(fw.start, fw.end).startsWith('id: fw-osaka') && CLEAN.slice(fw.start, fw.end).endsWith('mirrorFrom: sw-core'));
  });

  it('folding ranges: every multi-line block, and comment runs', () => {
    const text = `# one\n# two\n${CLEAN}`;
    const folds = service.foldingRanges(PLAN_URI, text);
    assert.deepEqual(folds[0], { startLine: 0, endLine: 2, comment: true });
    const lines = text.split('\n');
    const fwFold = folds.find((f) => lines[f.startLine] === 'firewalls:')!;
    assert.equal(lines[fwFold.endLine], '        mirrorFrom: sw-core');
    assert.ok(folds.some((f) => lines[f.startLine] === '    iotLicense:' && f.endLine === f.startLine + 2));
  });

  it('selection ranges grow from the value to the pair, the block, the entry, the list, the document', () => {
    const offset = CLEAN.indexOf('type: trial') + 7;
    const [chain] = service.selectionRanges(PLAN_URI, CLEAN, [offset]);
    const texts = chain!.map((s) => CLEAN.slice(s.start, s.end).split('\n')[0]);
    assert.deepEqual(texts.slice(0, 5), ['trial', 'type: trial', 'type: trial', 'iotLicense:', 'id: fw-osaka']);
    assert.equal(chain![chain!.length - 1]!.end, CLEAN.length);
    for (let i = 1; i < chain!.length; i++) assert.ok(chain![i]!.start <= chain![i - 1]!.start && chain![i]!.end >= chain![i - 1]!.end, 'each range contains the previous');
  });
});
