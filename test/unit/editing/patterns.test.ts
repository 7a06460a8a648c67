/**
 * The configuration-pattern templates and the "Add …" actions: applied to real plans, the result
 * must check clean (no errors or warnings), using the ids the plan already has.
 */
import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES } from '../../fixtures';
import { apply, codeActions, createdFiles, dedent, makeService, PLAN_URI, problems, settings, titles, type Files, type ResolvedAction } from './helpers';

const NEW_SEGMENT = '      - id: p7-new\n        subnet: 10.1.50.0/24\n        addressing: dhcp\n';
const PATTERNS = ['1', '2', '3', '4', '5-1', '5-2'];

function actionsAt(text: string, marker: string, files: Files, only = ['refactor']): ResolvedAction[] {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, marker);
  return codeActions(makeService(files), text, settings(), { start: offset, end: offset, diagnostics: [], only });
}

function patternAction(actions: readonly ResolvedAction[], id: string): ResolvedAction {
  const a = actions.find((x) => x.title.startsWith(`Configure as pattern ${id} `));
  assert.ok(a, `pattern ${id} among: ${titles(actions).join(' | ')}`);
  return a;
}

/** Applies pattern `id` at `marker` and asserts the plan checks clean; returns the new text and files. */
function applyClean(text: string, marker: string, id: string, files: Files): { text: string; files: Files } {
  const a = patternAction(actionsAt(text, marker, files), id);
  assert.equal(a.kind, 'refactor.rewrite.pocplan.pattern');
  const after = apply(text, a.edit);
  const all = { ...files, ...createdFiles(a.edit) };
  assert.deepEqual(problems(after, all), [], `pattern ${id}:\n${after}`);
  return { text: after, files: all };
}

describe('configuration-pattern templates', () => {
  const base = CLEAN + NEW_SEGMENT;

  for (const id of PATTERNS) {
    it(`pattern ${id} on an empty segment of the clean plan checks clean, touching only that segment`, () => {
      assert.deepEqual(problems(base, CLEAN_FILES).map((p) => p.split('@')[0]), ['segment.identity-missing', 'segment.traffic-missing']);
      const { text } = applyClean(base, 'p7-new', id, CLEAN_FILES);
      assert.ok(text.startsWith(CLEAN.slice(0, CLEAN.indexOf('sites:'))), 'everything above the sites is unchanged');
    });
  }

  it('pattern 1 writes identity and traffic through the inline interface, before → after', () => {
    const { text } = applyClean(base, 'p7-new', '1', CLEAN_FILES);
    assert.equal(text, `${base}        identity:
          method: inline-arp-dhcp
          firewall: fw-osaka
          interface: ethernet1/1
        traffic:
          method: inline
          firewall: fw-osaka
          interface: ethernet1/1
`);
  });

  it('pattern 5-1 sets static addressing and creates the CSV stub next to the plan', () => {
    const a = patternAction(actionsAt(base, 'p7-new', CLEAN_FILES), '5-1');
    assert.deepEqual(a.edit.createFiles, [{ uri: 'file:///ws/p7-new.csv', text: 'ip,mac,vendor,model\n10.1.50.1,,,\n' }]);
    assert.equal(apply(base, a.edit), CLEAN + NEW_SEGMENT.replace('addressing: dhcp\n', 'addressing: static\n') + '        identity:\n          method: csv\n          csv: p7-new.csv\n        traffic:\n          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/1\n');
  });

  it('a CRLF plan stays CRLF', () => {
    const crlf = base.replace(/\n/g, '\r\n');
    const { text } = applyClean(crlf, 'p7-new', '4', CLEAN_FILES);
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
    assert.equal(text.replace(/\r\n/g, '\n'), applyClean(base, 'p7-new', '4', CLEAN_FILES).text);
  });

  it('pattern 2 as the article draws it: broadcast DHCP copied from the access switch, DHCP Broadcast Session on', () => {
    const withBroadcast = base + '        dhcp: broadcast\n';
    const noSession = withBroadcast.replace('    dhcpBroadcastSession: true\n', '');
    const { text } = applyClean(noSession, 'p7-new', '2', CLEAN_FILES);
    assert.ok(text.includes('        dhcp: broadcast\n'), 'the DHCP stays broadcast');
    assert.ok(text.includes('    erspanSupport: true\n    dhcpBroadcastSession: true\n'), text);
    const { text: unset } = applyClean(base.replace('    dhcpBroadcastSession: true\n', ''), 'p7-new', '2', CLEAN_FILES);
    assert.ok(unset.includes('        addressing: dhcp\n        dhcp: broadcast\n'), 'an unset DHCP path is the SPAN port\'s broadcast');
    const { text: relayed } = applyClean(base + '        dhcp: relayed\n', 'p7-new', '2', CLEAN_FILES);
    assert.ok(relayed.includes('        dhcp: relayed\n'), 'relayed DHCP stays relayed');
  });

  it('pattern 2 on a firewall whose release lacks the DHCP Broadcast Session fix plans the fixed release', () => {
    const old = (base + '        dhcp: broadcast\n').replace('    dhcpBroadcastSession: true\n', '').replace('    panos: 11.1.3\n', '    panos: 10.2.2\n');
    const { text } = applyClean(old, 'p7-new', '2', CLEAN_FILES);
    assert.ok(text.includes('    panos: 10.2.4\n'), text);
  });

  it('pattern 5-2 on an enforcing segment turns enforcement off (a tap cannot block)', () => {
    const enforcing = base + '        enforce: true\n';
    const { text } = applyClean(enforcing, 'p7-new', '5-2', CLEAN_FILES);
    assert.ok(text.endsWith('        enforce: false\n'));
  });

  it('from the segment\'s lightbulb at any time: the other five patterns', () => {
    const actions = actionsAt(CLEAN, 'p3-printers', CLEAN_FILES).filter((a) => a.kind === 'refactor.rewrite.pocplan.pattern');
    assert.deepEqual(actions.map((a) => a.title.split(' (')[0]), ['Configure as pattern 1', 'Configure as pattern 2', 'Configure as pattern 4', 'Configure as pattern 5-1', 'Configure as pattern 5-2']);
    for (const a of actions) {
      const after = apply(CLEAN, a.edit);
      assert.deepEqual(problems(after, { ...CLEAN_FILES, ...createdFiles(a.edit) }), [], a.title);
    }
  });

  it('on segment.identity-missing the patterns are quick fixes of the diagnostic', () => {
    const service = makeService(CLEAN_FILES);
    const diags = service.check(PLAN_URI, base, settings()).diagnostics.filter((d) => d.code.startsWith('segment.'));
    const actions = service.codeActions(PLAN_URI, base, settings(), { start: diags[0]!.start, end: diags[0]!.end, diagnostics: diags });
    const patterns = actions.filter((a) => a.title.startsWith('Configure as pattern'));
    assert.ok(patterns.length >= 6);
    assert.ok(patterns.every((a) => a.kind === 'quickfix'), 'no refactor duplicates');
  });

  it('on segment.traffic-missing only the patterns that keep the identity are offered', () => {
    const csvOnly = CLEAN + '      - id: p7-new\n        subnet: 10.1.50.0/24\n        addressing: static\n        identity:\n          method: csv\n          csv: hvac.csv\n';
    const service = makeService(CLEAN_FILES);
    const d = service.check(PLAN_URI, csvOnly, settings()).diagnostics.find((x) => x.code === 'segment.traffic-missing')!;
    const actions = service.codeActions(PLAN_URI, csvOnly, settings(), { start: d.start, end: d.end, diagnostics: [d], only: ['quickfix'] });
    assert.deepEqual(titles(actions).filter((t) => t.startsWith('Configure')).map((t) => t.split(' (')[0]), ['Configure as pattern 5-1', 'Configure as pattern 5-2']);
  });

  describe('in a plan that lacks what the pattern needs', () => {
    const BARE = dedent(`
      pocplan: 1
      title: Bare
      poc:
          start: 2027-01-11
          end: 2027-02-19
      tenant:
          region: japan
      firewalls:
      -   id: fw-a
          model: PA-440
          type: prod
          panos: 11.1.3
          iotLicense:
              type: trial
              expires: 2027-03-10
          logging:
              cloudLogging: true
              enhancedApplicationLogs: true
              region: japan
          interfaces:
          -   name: ethernet1/4
              mode: layer2
              zone: office
      sites:
      -   id: s1
          segments:
          -   id: seg-a
              subnet: 10.2.0.0/24
              addressing: dhcp
              dhcp: broadcast
    `);

    for (const id of PATTERNS) {
      it(`pattern ${id} adds the interface, switch, XSOAR or CSV it needs, in the file's 4-space style`, () => {
        const { text } = applyClean(BARE, 'seg-a', id, {});
        for (const line of text.split('\n')) assert.equal(/^ */.exec(line)![0].length % 4, 0, `4-space indentation: ${JSON.stringify(line)}`);
      });
    }

    it('pattern 4 adds a polled switch, the cohosted XSOAR and the add-on', () => {
      const { text } = applyClean(BARE, 'seg-a', '4', {});
      assert.ok(text.includes('switches:\n-   id: sw-1\n    snmp: { version: v3, readOnly: true }\n'), text);
      assert.ok(text.includes('xsoar:\n    kind: cohosted\n    engineOs: linux\n'), text);
      assert.ok(text.includes('    thirdPartyAddon: basic\n'), text);
    });

    it('pattern 2 adds a tap fed by a new SPAN switch', () => {
      const { text } = applyClean(BARE, 'seg-a', '2', {});
      assert.ok(text.includes('    -   name: ethernet1/5\n        mode: tap\n        zone: tap\n        mirrorFrom: sw-1\n'), text);
      assert.ok(text.includes('switches:\n-   id: sw-1\n    span: true\n'), text);
    });

    it('a plan without firewalls gets one', () => {
      const noFw = BARE.slice(0, BARE.indexOf('firewalls:')) + BARE.slice(BARE.indexOf('sites:'));
      const { text } = applyClean(noFw, 'seg-a', '1', {});
      assert.ok(text.includes('firewalls:\n-   id: fw-1\n'), text);
    });
  });
});

describe('"Add …" actions', () => {
  it('Add firewall (in the firewalls list) appends a firewall that checks clean', () => {
    const a = actionsAt(CLEAN, 'fw-osaka', CLEAN_FILES).find((x) => x.title === 'Add firewall')!;
    const after = apply(CLEAN, a.edit);
    assert.ok(after.includes('        mirrorFrom: sw-core\n  - id: fw-1\n    model: PA-440\n    type: prod\n'), after);
    assert.deepEqual(problems(after, CLEAN_FILES), []);
  });

  it('Add switch, Add site and Add segment', () => {
    const sw = actionsAt(CLEAN, 'Catalyst', CLEAN_FILES).find((x) => x.title === 'Add switch')!;
    assert.ok(apply(CLEAN, sw.edit).includes('    snmp: { version: v3, readOnly: true }\n  - id: sw-1\n    span: true\nxsoar:'));
    const inSite = actionsAt(CLEAN, 'Osaka plant\n', CLEAN_FILES);
    assert.ok(titles(inSite).includes('Add site'));
    const seg = inSite.find((x) => x.title === 'Add segment to `osaka`')!;
    const after = apply(CLEAN, seg.edit);
    assert.equal(after, CLEAN + '      - id: segment-1\n        subnet: 10.1.41.0/24\n        addressing: dhcp\n');
    assert.deepEqual(problems(after, CLEAN_FILES).map((p) => p.split('@')[0]), ['segment.identity-missing', 'segment.traffic-missing']);
    const site = apply(CLEAN, inSite.find((x) => x.title === 'Add site')!.edit);
    assert.ok(site.endsWith('  - id: site-1\n    segments:\n      - id: segment-1\n        subnet: 10.1.41.0/24\n        addressing: dhcp\n'), site);
  });

  it('at the top level of the plan all three are offered', () => {
    assert.deepEqual(titles(actionsAt(CLEAN, 'customer', CLEAN_FILES)), ['Add firewall', 'Add switch', 'Add site']);
  });
});
