/** Every real configuration in test/fixtures/panos/corpus imports without error, into keys the plan's schema accepts. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { importPanos } from '../../../server/src/service/panos';
import en from '../../../server/src/service/l10n/en/panos.json';
import { check, codes } from '../../helpers';

const DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'panos', 'corpus');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort();

/** A plan around an imported fragment: only the keys the import wrote. */
const planWith = (fragment: string): string => `pocplan: 1\ntitle: corpus\n${fragment}`;

describe('import panos: the public corpus', () => {
  it('has the files its README lists, each with origin and licence', () => {
    const readme = fs.readFileSync(path.join(DIR, '..', 'README.md'), 'utf8');
    assert.ok(files.length >= 6);
    for (const f of files) assert.match(readme, new RegExp(`\`corpus/${f.replace(/\./g, '\\.')}\` \\|[^\\n]*\\| (MIT|Apache-2\\.0) \\|`), f);
  });

  for (const f of files) {
    it(`${f}: imports, in both languages and both formats, into a fragment the schema accepts`, () => {
      const xml = fs.readFileSync(path.join(DIR, f), 'utf8');
      for (const lang of ['en', 'ja'] as const) {
        const y = importPanos(xml, { lang, file: f, format: 'yaml' });
        assert.ok(y.ok, JSON.stringify(!y.ok && y.problem));
        assert.ok(y.result.firewalls.length >= 1);
        const doc = parse(y.text) as { firewalls: unknown[] };
        assert.equal(doc.firewalls.length, y.result.firewalls.length);
        const errors = codes(check(planWith(y.text)).diagnostics, 'warning').filter((c) => c.startsWith('schema.') || c.startsWith('yaml.') || c === 'id.duplicate');
        assert.deepEqual(errors, [], `${f} (${lang}) fragment:\n${y.text}`);
        if (lang === 'ja') assert.doesNotMatch(y.text.split('\n').filter((l) => l.trimStart().startsWith('#')).join('\n'), /\b(Imported|Not imported|From Panorama)\b/);
        const j = importPanos(xml, { lang, file: f, format: 'json' });
        assert.ok(j.ok);
        const json = JSON.parse(j.text) as { firewalls: unknown[]; notes: Array<{ code: string; message: string }> };
        assert.deepEqual(json.firewalls, doc.firewalls, 'the same firewalls in YAML and JSON');
        for (const n of json.notes) {
          assert.ok(n.code.startsWith('panos.import.') && n.message, JSON.stringify(n));
          for (const ph of (en as Record<string, string>)[n.code]!.matchAll(/\{(\w+)\}/g)) assert.ok(!n.message.includes(ph[0]) || xml.includes(ph[0]), `${n.code} fills {${ph[1]}}`);
        }
      }
    });
  }

  it('pins what the richest files hold', () => {
    const asg = importPanos(fs.readFileSync(path.join(DIR, 'aws-asg-10.2-panorama-template.xml'), 'utf8'), { lang: 'en', file: 'x', format: 'json' });
    assert.ok(asg.ok && asg.panorama);
    const fw = asg.result.firewalls[0]!;
    assert.equal(fw.id, 'asg');
    assert.deepEqual(fw.interfaces.map((i) => `${i.name} ${i.mode} ${i.zone}`), [
      'ethernet1/1 layer3 trust', 'ethernet1/1.11 layer3 inbound', 'ethernet1/1.12 layer3 inbound',
      'ethernet1/1.20 layer3 outbound', 'ethernet1/1.30 layer3 eastwest', 'ethernet1/2 layer3 untrust',
    ]);
    const vw = importPanos(fs.readFileSync(path.join(DIR, 'openstack-vwire-9.0-firewall.xml'), 'utf8'), { lang: 'en', file: 'x', format: 'json' });
    assert.ok(vw.ok);
    assert.deepEqual(vw.result.firewalls[0]!.interfaces.map((i) => [i.name, i.mode, i.zone, i.multicastFirewalling]), [
      ['ethernet1/1', 'virtual-wire', 'trust', false], ['ethernet1/2', 'virtual-wire', 'untrust', false],
    ]);
    const pano = importPanos(fs.readFileSync(path.join(DIR, 'iron-skillet-10.1-panorama.xml'), 'utf8'), { lang: 'en', file: 'x', format: 'json' });
    assert.ok(pano.ok && pano.panorama);
    assert.deepEqual(pano.result.firewalls.map((f) => [f.id, f.managedBy]), [['sample', 'panorama']], 'the stack (split over two entries) is one firewall, named by its hostname');
  });
});
