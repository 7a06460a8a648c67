/**
 * The snippets, expanded as an editor would with every default (first choice, default text): the
 * plan skeleton checks clean, and each firewall, interface, switch and segment snippet, inserted
 * where it belongs in that skeleton, keeps it clean.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../cli-harness';
import { problems } from './helpers';

interface Snippet { prefix: string | string[]; body: string[]; description: string }

const SNIPPETS = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'pocplan.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Expands a snippet body with its defaults: `${1:x}` → x, `${1|a,b|}` → a, `${1}` / `$1` → the default of 1, `$0` → nothing. */
export function expand(body: readonly string[]): string {
  const text = body.join('\n');
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(/\$\{(\d+)(?::([^}]*)|\|([^|}]*)[^}]*\|)\}/g)) {
    if (!defaults.has(m[1]!)) defaults.set(m[1]!, m[2] ?? m[3]!.split(',')[0]!);
  }
  return text
    .replace(/\$\{(\d+)(?::[^}]*|\|[^}]*\|)?\}/g, (_, n: string) => defaults.get(n) ?? '')
    .replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '');
}

const indent = (text: string, n: number): string => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

function insertBefore(plan: string, marker: string, snippet: string, col: number): string {
  const i = plan.indexOf(marker);
  assert.ok(i >= 0, marker);
  return plan.slice(0, i) + indent(snippet, col) + (snippet.endsWith('\n') ? '' : '\n') + plan.slice(i);
}

describe('snippets', () => {
  const skeleton = expand(SNIPPETS['PoC plan skeleton']!.body);

  it('every snippet has a prefix, a description and tab stops', () => {
    assert.ok(Object.keys(SNIPPETS).length >= 16);
    for (const [name, s] of Object.entries(SNIPPETS)) {
      assert.ok(s.prefix.length && s.description && s.body.length, name);
      assert.match(s.body.join('\n'), /\$\{1[:|]/, `${name} starts with a tab stop`);
      assert.ok(s.body.join('\n').includes('$0'), `${name} ends with $0`);
    }
  });

  it('the plan skeleton checks clean', () => {
    assert.deepEqual(problems(skeleton), []);
  });

  for (const type of ['prod', 'eval', 'lab', 'NFR']) {
    it(`firewall snippet (${type} unit) keeps the plan clean`, () => {
      const fw = expand(SNIPPETS[`Firewall: ${type} unit`]!.body);
      assert.deepEqual(problems(insertBefore(skeleton, 'switches:', fw, 2)), []);
    });
  }

  for (const name of ['Interface: virtual wire', 'Interface: layer3 with DHCP relay', 'Interface: layer2', 'Interface: tap']) {
    it(`${name} keeps the plan clean`, () => {
      assert.deepEqual(problems(insertBefore(skeleton, 'switches:', expand(SNIPPETS[name]!.body), 6)), []);
    });
  }

  it('Interface: ERSPAN tunnel keeps a plan with ERSPAN support clean', () => {
    const withSupport = skeleton.replace('erspanSupport: false', 'erspanSupport: true');
    assert.deepEqual(problems(insertBefore(withSupport, 'switches:', expand(SNIPPETS['Interface: ERSPAN tunnel']!.body), 6)), []);
  });

  it('the pattern 2 segment is the article\'s: broadcast DHCP from the access switch, read with DHCP Broadcast Session on', () => {
    const seg = expand(SNIPPETS['Segment: pattern 2']!.body);
    assert.match(seg, /\n {2}dhcp: broadcast\n/);
    assert.match(skeleton, /\n {4}dhcpBroadcastSession: true\n/);
  });

  it('switch snippet keeps the plan clean', () => {
    assert.deepEqual(problems(insertBefore(skeleton, 'sites:', expand(SNIPPETS.Switch!.body), 2)), []);
  });

  for (const p of ['1', '2', '3', '4', '5-1', '5-2']) {
    it(`segment snippet for pattern ${p} gives a clean plan`, () => {
      let plan = skeleton + indent(expand(SNIPPETS[`Segment: pattern ${p}`]!.body), 6);
      if (p === '4') plan = plan.replace('thirdPartyAddon: none', 'thirdPartyAddon: basic').replace('sites:', 'xsoar:\n  kind: cohosted\n  engineOs: linux\nsites:');
      assert.deepEqual(problems(plan, { 'devices.csv': 'ip,mac\n10.1.20.5,00:0a:95:9d:68:16\n' }), []);
    });
  }
});
