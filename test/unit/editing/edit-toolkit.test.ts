import * as assert from 'node:assert/strict';
import { applyEdits, appendItem, detectStyle, editDoc, flow, insertCommentAbove, insertPair, putPair, removePair, setIn, type EditDoc, type TextEdit } from '../../../server/src/service/edit';
import { diffEdits, Draft } from '../../../server/src/service/language/draft';
import { parseYaml } from '../../../server/src/service/parse';
import { asMap, get, type YMap } from '../../../server/src/service/tree';
import { dedent } from './helpers';

function doc(text: string): EditDoc {
  return editDoc(text, parseYaml(text).root);
}

/** The map at a path of keys (numbers index lists). */
function mapAt(d: EditDoc, ...path: Array<string | number>): YMap {
  let node = d.root;
  for (const step of path) {
    if (typeof step === 'number') node = node?.kind === 'seq' ? node.items[step] ?? null : null;
    else node = get(asMap(node), step) ?? null;
  }
  const m = asMap(node);
  if (!m) throw new Error(`no map at ${path.join('.')}`);
  return m;
}

function run(text: string, op: (d: EditDoc) => TextEdit[]): string {
  const d = doc(dedent(text));
  return applyEdits(d.text, op(d));
}

describe('edit toolkit', () => {
  describe('style', () => {
    it('detects a 2-space unit with indented lists', () => {
      const s = detectStyle(dedent(`
        a:
          b: 1
        list:
          - x: 1
      `), parseYaml(dedent(`
        a:
          b: 1
        list:
          - x: 1
      `)).root);
      assert.deepEqual(s, { unit: 2, seqIndent: 2, itemIndent: 2, eol: '\n' });
    });

    it('detects a 4-space unit and lists at the key column', () => {
      const text = 'a:\n    b: 1\n    c:\n        d: 2\nlist:\n- x: 1\n';
      assert.deepEqual(detectStyle(text, parseYaml(text).root), { unit: 4, seqIndent: 0, itemIndent: 2, eol: '\n' });
    });

    it('keeps CRLF line ends', () => {
      const text = 'a:\r\n  b: 1\r\n';
      assert.equal(detectStyle(text, parseYaml(text).root).eol, '\r\n');
    });
  });

  describe('putPair / insertPair', () => {
    it('replaces a scalar and keeps the trailing comment', () => {
      const got = run(`
        poc:
          observationDays: 1   # too short
      `, (d) => putPair(d, mapAt(d, 'poc'), 'observationDays', 2));
      assert.equal(got, 'poc:\n  observationDays: 2   # too short\n');
    });

    it('keeps the quote style of the value it replaces', () => {
      const got = run(`
        a:
          b: "eval"
          c: 'x'
      `, (d) => [...putPair(d, mapAt(d, 'a'), 'b', 'trial')]);
      assert.equal(got, 'a:\n  b: "trial"\n  c: \'x\'\n');
    });

    it('quotes a value that would otherwise read as a number', () => {
      const got = run(`
        fw:
          panos: 9.1.0
      `, (d) => putPair(d, mapAt(d, 'fw'), 'panos', '10.2'));
      assert.equal(got, 'fw:\n  panos: "10.2"\n');
    });

    it('inserts a key in schema order, after the nearest preceding key', () => {
      const got = run(`
        fw:
          id: a
          logging:
            cloudLogging: true
          # the interfaces
          interfaces: []
      `, (d) => insertPair(d, mapAt(d, 'fw'), 'erspanSupport', true, ['id', 'logging', 'erspanSupport', 'interfaces']));
      assert.equal(got, 'fw:\n  id: a\n  logging:\n    cloudLogging: true\n  erspanSupport: true\n  # the interfaces\n  interfaces: []\n');
    });

    it('inserts before the first key when nothing precedes it', () => {
      const got = run(`
        # header
        title: x
      `, (d) => insertPair(d, mapAt(d), 'pocplan', 1, ['pocplan', 'title']));
      assert.equal(got, '# header\npocplan: 1\ntitle: x\n');
    });

    it('never inserts before the first key of a list item (it sits on the dash)', () => {
      const got = run(`
        list:
          - name: e1
            mode: tap
      `, (d) => insertPair(d, mapAt(d, 'list', 0), 'id', 'x', ['id', 'name', 'mode']));
      assert.equal(got, 'list:\n  - name: e1\n    id: x\n    mode: tap\n');
    });

    it('inserts into a flow map', () => {
      const got = run(`
        sw:
          snmp: { version: v3 }
      `, (d) => insertPair(d, mapAt(d, 'sw', 'snmp'), 'readOnly', true));
      assert.equal(got, 'sw:\n  snmp: { version: v3, readOnly: true }\n');
    });

    it('fills an empty flow map', () => {
      const got = run(`
        sw:
          snmp: {}
      `, (d) => insertPair(d, mapAt(d, 'sw', 'snmp'), 'version', 'v3'));
      assert.equal(got, 'sw:\n  snmp: { version: v3 }\n');
    });

    it('gives an empty key a block value at the file\'s indentation', () => {
      const text = 'seg:\n    id: a\n    identity:   # to do\n    enforce: false\n';
      const d = doc(text);
      const got = applyEdits(text, putPair(d, mapAt(d, 'seg'), 'identity', { method: 'csv', csv: 'a.csv' }));
      assert.equal(got, 'seg:\n    id: a\n    identity:   # to do\n        method: csv\n        csv: a.csv\n    enforce: false\n');
    });

    it('gives an empty key a scalar on its line', () => {
      const got = run(`
        seg:
          dhcp:
          id: a
      `, (d) => putPair(d, mapAt(d, 'seg'), 'dhcp', 'relayed'));
      assert.equal(got, 'seg:\n  dhcp: relayed\n  id: a\n');
    });

    it('replaces a block value with another block', () => {
      const got = run(`
        seg:
          identity:
            method: mirror
            switch: sw
          enforce: true
      `, (d) => putPair(d, mapAt(d, 'seg'), 'identity', { method: 'csv', csv: 'x.csv' }));
      assert.equal(got, 'seg:\n  identity:\n    method: csv\n    csv: x.csv\n  enforce: true\n');
    });

    it('writes nested maps and lists in the file\'s style', () => {
      const text = 'a:\n    b: 1\nlist:\n- id: x\n';
      const d = doc(text);
      const got = applyEdits(text, insertPair(d, mapAt(d), 'fw', { id: 'f', interfaces: [{ name: 'e1', mode: 'tap' }], relay: ['10.0.0.1'], snmp: flow({ version: 'v3' }) }));
      assert.equal(got, 'a:\n    b: 1\nlist:\n- id: x\nfw:\n    id: f\n    interfaces:\n    - name: e1\n      mode: tap\n    relay: [10.0.0.1]\n    snmp: { version: v3 }\n');
    });
  });

  describe('setIn', () => {
    it('creates the maps on the way', () => {
      const got = run(`
        pocplan: 1
        firewalls: []
      `, (d) => setIn(d, mapAt(d), ['tenant', 'thirdPartyAddon'], 'basic', (p) => (p.length ? [] : ['pocplan', 'tenant', 'firewalls'])));
      assert.equal(got, 'pocplan: 1\ntenant:\n  thirdPartyAddon: basic\nfirewalls: []\n');
    });

    it('sets a key inside an existing nested map', () => {
      const got = run(`
        tenant:
          name: t
        x: 1
      `, (d) => setIn(d, mapAt(d), ['tenant', 'thirdPartyAddon'], 'basic'));
      assert.equal(got, 'tenant:\n  name: t\n  thirdPartyAddon: basic\nx: 1\n');
    });
  });

  describe('appendItem', () => {
    it('appends to a block list after the last item and its nested lines', () => {
      const got = run(`
        firewalls:
          - id: a
            interfaces:
              - name: e1
        switches: []
      `, (d) => appendItem(d, mapAt(d, 'firewalls', 0), 'interfaces', { name: 'e2', mode: 'tap' }));
      assert.equal(got, 'firewalls:\n  - id: a\n    interfaces:\n      - name: e1\n      - name: e2\n        mode: tap\nswitches: []\n');
    });

    it('appends to a flow list', () => {
      const got = run(`
        i:
          dhcpRelay: [10.0.0.1]
      `, (d) => appendItem(d, mapAt(d, 'i'), 'dhcpRelay', '10.0.0.2'));
      assert.equal(got, 'i:\n  dhcpRelay: [10.0.0.1, 10.0.0.2]\n');
    });

    it('creates the list when the key is absent', () => {
      const got = run(`
        pocplan: 1
        sites: []
      `, (d) => appendItem(d, mapAt(d), 'switches', { id: 'sw-1', span: true }, ['pocplan', 'switches', 'sites']));
      assert.equal(got, 'pocplan: 1\nswitches:\n  - id: sw-1\n    span: true\nsites: []\n');
    });

    it('replaces an empty flow list', () => {
      const got = run(`
        sites: []
      `, (d) => appendItem(d, mapAt(d), 'sites', 'x'));
      assert.equal(got, 'sites: [x]\n');
    });
  });

  describe('removePair', () => {
    it('removes the whole lines of a block pair, keeping comments around it', () => {
      const got = run(`
        i:
          # relay
          dhcpRelay:
            - 10.0.0.1
          mode: layer2   # keep
      `, (d) => removePair(d, mapAt(d, 'i'), 'dhcpRelay'));
      assert.equal(got, 'i:\n  # relay\n  mode: layer2   # keep\n');
    });

    it('pulls the next key onto the dash when removing the first key of an item', () => {
      const got = run(`
        l:
          - a: 1
            b: 2
      `, (d) => removePair(d, mapAt(d, 'l', 0), 'a'));
      assert.equal(got, 'l:\n  - b: 2\n');
    });

    it('removes a key and one comma from a flow map', () => {
      assert.equal(run('s: { a: 1, b: 2 }\n', (d) => removePair(d, mapAt(d, 's'), 'a')), 's: { b: 2 }\n');
      assert.equal(run('s: { a: 1, b: 2 }\n', (d) => removePair(d, mapAt(d, 's'), 'b')), 's: { a: 1 }\n');
    });
  });

  it('insertCommentAbove uses the line\'s indentation', () => {
    const text = 'a:\n  b: 1\n';
    const d = doc(text);
    assert.equal(applyEdits(text, [insertCommentAbove(d, text.indexOf('b'), 'note')]), 'a:\n  # note\n  b: 1\n');
  });

  describe('draft and diff', () => {
    it('narrows a changed line to the changed word', () => {
      const a = 'type: eval   # loaner\nx: 1\n';
      const b = 'type: trial   # loaner\nx: 1\n';
      assert.deepEqual(diffEdits(a, b), [{ start: 6, end: 10, newText: 'trial' }]);
    });

    it('turns inserted lines into one insertion', () => {
      const a = 'a: 1\nc: 3\n';
      const b = 'a: 1\nb: 2\nc: 3\n';
      const edits = diffEdits(a, b);
      assert.equal(applyEdits(a, edits), b);
      assert.equal(edits.length, 1);
      assert.equal(edits[0]!.start, edits[0]!.end);
    });

    it('chains operations on a re-parsed text and reports minimal edits', () => {
      const text = '# keep me\npoc:\n  end: 2027-01-01   # end\ntenant:\n  name: t\n';
      const d = new Draft(text);
      d.run((doc) => putPair(doc, asMap(get(asMap(doc.root), 'poc'))!, 'observationDays', 2, ['start', 'end', 'observationDays']));
      d.run((doc) => putPair(doc, asMap(get(asMap(doc.root), 'tenant'))!, 'keepAfterPoc', true, ['name', 'keepAfterPoc']));
      const edit = d.toEdit();
      assert.equal(applyEdits(text, edit.edits), '# keep me\npoc:\n  end: 2027-01-01   # end\n  observationDays: 2\ntenant:\n  name: t\n  keepAfterPoc: true\n');
      for (const e of edit.edits) assert.ok(!text.slice(e.start, e.end).includes('#'), 'no edit touches a comment');
    });
  });
});
