/** The editor's import: a minimal edit of the open plan (below VS Code), add or update, comments kept. */
import * as assert from 'node:assert/strict';
import { createPlanService } from '../../../server/src/service';
import { applyEdits } from '../../../server/src/service/edit';
import { importConfig } from '../../../server/src/service/panos/fragment';
import { importEdit } from '../../../server/src/service/panos/import-edit';
import { check, codes, dedent } from '../../helpers';
import { ethernet, firewallXml, read, vsys, zone } from '../../panos-helpers';

const XML = firewallXml('<deviceconfig><system><hostname>fw-osaka</hostname></system></deviceconfig>' +
  ethernet('<entry name="ethernet1/1"><virtual-wire/></entry><entry name="ethernet1/3"><layer3/></entry>',
    '<dhcp><interface><entry name="ethernet1/3"><relay><ip><server><member>10.0.0.5</member></server></ip></relay></entry></interface></dhcp>' +
    '<virtual-wire><entry name="vw"><interface1>ethernet1/1</interface1><multicast-firewalling><enable>yes</enable></multicast-firewalling></entry></virtual-wire>') +
  vsys(zone('iot', 'virtual-wire', ['ethernet1/1'], 'yes') + zone('office', 'layer3', ['ethernet1/3'])));

const service = createPlanService({ host: { readFile: () => undefined } });
function run(plan: string, opts: { runningConfig?: string; lang?: 'en' | 'ja'; xml?: string } = {}): { text: string; added: string[]; updated: string[]; notes: string[] } {
  const parsed = service.parse('file:///ws/p.pocplan.yaml', plan);
  const { xml = XML, ...o } = opts;
  const r = importEdit(parsed, importConfig(read(xml)), { lang: o.lang ?? 'en', file: 'configs/fw-osaka.xml', panorama: false, ...o });
  return { text: applyEdits(plan, r.edit.edits), added: r.added, updated: r.updated, notes: r.notes };
}

describe('import into the open plan', () => {
  it('adds a firewall the plan does not have, with the notes as comments above it, keeping everything else', () => {
    const plan = dedent(`
      pocplan: 1
      title: Osaka   # the customer's name for it
      firewalls:
        - id: fw-kyoto   # stays
          panos: 11.1.2
      sites: []
    `);
    const r = run(plan, { runningConfig: 'configs/fw-osaka.xml' });
    assert.deepEqual([r.added, r.updated], [['fw-osaka'], []]);
    assert.equal(r.text, dedent(`
      pocplan: 1
      title: Osaka   # the customer's name for it
      firewalls:
        - id: fw-kyoto   # stays
          panos: 11.1.2
        # Imported from configs/fw-osaka.xml by pocplan import panos: the plan's firewalls and their interfaces as the configuration has them.
        # Not imported: \`dhcpBroadcastSession\` and \`erspanSupport\` (Device > Setup > Session). Their configuration elements could not be traced to Palo Alto Networks documentation; read them on the firewall and add them by hand.
        - id: fw-osaka
          panos: 11.1.2
          runningConfig: configs/fw-osaka.xml
          interfaces:
            - name: ethernet1/1
              mode: virtual-wire
              zone: iot
              deviceId: true
              multicastFirewalling: true
            - name: ethernet1/3
              mode: layer3
              zone: office
              deviceId: false
              dhcpRelay: [10.0.0.5]
      sites: []
    `));
    assert.deepEqual(codes(check(r.text).diagnostics, 'warning').filter((c) => c.startsWith('schema.') || c.startsWith('yaml.')), []);
  });

  it('updates a firewall with the same id instead of duplicating it: the configuration\'s keys, new interfaces appended, comments and other keys kept', () => {
    const plan = dedent(`
      pocplan: 1
      firewalls:
        - id: fw-osaka
          model: PA-440      # the rack unit
          panos: 10.2.4
          interfaces:
            # the camera side
            - name: ethernet1/1
              mode: layer3
              zone: cams
              mirrorFrom: sw-core
    `);
    const r = run(plan);
    assert.deepEqual([r.added, r.updated], [[], ['fw-osaka']]);
    assert.equal(r.text, dedent(`
      pocplan: 1
      firewalls:
        - id: fw-osaka
          model: PA-440      # the rack unit
          panos: 11.1.2
          interfaces:
            # the camera side
            - name: ethernet1/1
              mode: virtual-wire
              zone: iot
              deviceId: true
              multicastFirewalling: true
              mirrorFrom: sw-core
            - name: ethernet1/3
              mode: layer3
              zone: office
              deviceId: false
              dhcpRelay: [10.0.0.5]
    `));
    assert.ok(r.notes.some((n) => n.includes('dhcpBroadcastSession')), 'the notes go to the editor, not into the plan');
    assert.equal(run(r.text).text, r.text, 'importing again changes nothing');
  });

  it('creates firewalls: when the plan has none, and fills an empty plan with the whole fragment', () => {
    const r = run('pocplan: 1\ntitle: New\n');
    assert.match(r.text, /^pocplan: 1\ntitle: New\nfirewalls:\n {2}# Imported from configs\/fw-osaka\.xml[^\n]*\n {2}# Not imported[^\n]*\n {2}- id: fw-osaka\n/);
    const empty = run('');
    assert.match(empty.text, /^# Imported from configs\/fw-osaka\.xml/);
    assert.match(empty.text, /\nfirewalls:\n {2}- id: fw-osaka\n/);
  });

  describe('an ERSPAN GRE tunnel (local interface ethernet1/5, tunnel interface tunnel.1)', () => {
    const ERSPAN = firewallXml('<deviceconfig><system><hostname>fw-osaka</hostname></system></deviceconfig>' +
      '<network><interface><ethernet><entry name="ethernet1/5"><layer3/></entry></ethernet><tunnel><units><entry name="tunnel.1"/></units></tunnel></interface>' +
      '<tunnel><gre><entry name="g"><erspan>yes</erspan><local-address><interface>ethernet1/5</interface></local-address><tunnel-interface>tunnel.1</tunnel-interface></entry></gre></tunnel></network>' +
      vsys(zone('office', 'layer3', ['ethernet1/5']) + zone('erspan', 'layer3', ['tunnel.1'], 'yes')));

    it('comes in as the plan says ERSPAN: the tunnel interface, layer3 with erspan: true, beside the local interface as it is', () => {
      const r = run('pocplan: 1\nfirewalls:\n  - id: fw-osaka\n', { xml: ERSPAN });
      assert.equal(r.text, dedent(`
        pocplan: 1
        firewalls:
          - id: fw-osaka
            panos: 11.1.2
            interfaces:
              - name: ethernet1/5
                mode: layer3
                zone: office
                deviceId: false
              - name: tunnel.1
                mode: layer3
                zone: erspan
                deviceId: true
                erspan: true
      `));
      assert.ok(r.notes.some((n) => n.startsWith('fw-osaka: tunnel.1 receives ERSPAN: it is the tunnel interface of GRE tunnel `g`')), r.notes.join('\n'));
      assert.equal(run(r.text, { xml: ERSPAN }).text, r.text, 'importing again changes nothing');
    });

    it('updates a v1 tap named after the local interface as that feed, in the plan\'s words, without adding the tunnel interface beside it', () => {
      const plan = dedent(`
        pocplan: 1
        firewalls:
          - id: fw-osaka
            panos: 11.1.2
            interfaces:
              - name: ethernet1/5   # the remote site's copy
                mode: tap
                zone: remote-copy
                mirrorFrom: sw-remote
                erspan: true
      `);
      const r = run(plan, { xml: ERSPAN });
      assert.equal(r.text, plan.replace('zone: remote-copy', 'zone: erspan').replace('mirrorFrom', 'deviceId: true\n        mirrorFrom'));
      assert.equal(run(r.text, { xml: ERSPAN }).text, r.text);
    });
  });

  it('writes its comments in the chosen language', () => {
    assert.match(run('pocplan: 1\nfirewalls: []\n', { lang: 'ja' }).text, /# pocplan import panos で configs\/fw-osaka\.xml から取り込みました/);
  });
});
