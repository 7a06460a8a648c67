/**
 * What package.json contributes, checked without VS Code: every `%key%` has an English and a
 * Japanese title, every client UI string (`vscode.l10n.t`) a Japanese translation, and the
 * walkthrough's steps their text and a picture that ships in the .vsix.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../cli-harness';

const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as { contributes: Record<string, unknown> };
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsJa = JSON.parse(read('package.nls.ja.json')) as Record<string, string>;

interface Step { id: string; title: string; description: string; media: { image?: string; altText?: string; markdown?: string }; completionEvents?: string[] }
interface Walkthrough { id: string; title: string; description: string; steps: Step[] }

describe('package.json contributions', () => {
  it('every %key% has an English and a Japanese entry, and the Japanese is Japanese', () => {
    const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 20);
    for (const k of keys) {
      assert.ok(nls[k], `package.nls.json lacks ${k}`);
      assert.ok(nlsJa[k], `package.nls.ja.json lacks ${k}`);
    }
    for (const k of Object.keys(nlsJa).filter((k) => /^(command|walkthrough)\./.test(k))) {
      assert.match(nlsJa[k]!, /[\u3040-\u30ff\u4e00-\u9fff]/, k);
      assert.doesNotMatch(nlsJa[k]!, /IoT セキュリティ/, k);
    }
  });

  it('every vscode.l10n.t string of the client has a Japanese translation', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.ja.json')) as Record<string, string>;
    const dir = path.join(ROOT, 'client', 'src');
    const used = new Set<string>();
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\'/g, "'"));
    }
    assert.ok(used.has('Export Deadlines to Calendar') && used.has('New PoC Plan'));
    for (const s of used) assert.ok(bundle[s], `l10n/bundle.l10n.ja.json lacks "${s}"`);
  });

  it('the commands New Plan… and Export Deadlines to Calendar… are contributed with titles in both languages', () => {
    const cmds = pkg.contributes.commands as Array<{ command: string; title: string }>;
    for (const [id, en, ja] of [['pocplan.newPlan', 'New Plan…', '新しいプラン…'], ['pocplan.exportCalendar', 'Export Deadlines to Calendar…', '期限をカレンダーにエクスポート…']]) {
      const c = cmds.find((x) => x.command === id);
      assert.ok(c, id);
      assert.equal(nls[c.title.slice(1, -1)], en);
      assert.equal(nlsJa[c.title.slice(1, -1)], ja);
    }
    const props = (pkg.contributes.configuration as { properties: Record<string, { default: unknown }> }).properties;
    assert.equal(props['pocplan.calendar.remindDays']?.default, 7);
    assert.equal(props['pocplan.calendar.reminders']?.default, true);
  });

  it('the walkthrough: six steps (create, finding, quick fix, pattern, preview, export), each with a picture that ships, under 400 KB', () => {
    const [w] = pkg.contributes.walkthroughs as Walkthrough[];
    assert.ok(w);
    assert.deepEqual(w.steps.map((s) => s.id), ['newPlan', 'finding', 'quickFix', 'pattern', 'preview', 'export']);
    const ignore = read('.vscodeignore');
    for (const s of w.steps) {
      for (const k of [s.title, s.description, s.media.altText!]) assert.match(k, /^%walkthrough\.[\w.]+%$/, `${s.id}: text from package.nls`);
      const img = s.media.image!;
      assert.ok(fs.existsSync(path.join(ROOT, img)), `${img} is missing (node scripts/images/readme-screenshots.mjs makes it)`);
      assert.ok(fs.statSync(path.join(ROOT, img)).size < 400 * 1024, `${img} is over 400 KB`);
      assert.ok(ignore.includes(`!${path.dirname(img)}/**`), `${img} is not on the .vscodeignore allow-list`);
      assert.ok(s.completionEvents?.length, `${s.id} has no completion event`);
    }
    // The steps' buttons run the product's own commands.
    const links = w.steps.flatMap((s) => [...nls[s.description.slice(1, -1)]!.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!));
    for (const c of ['pocplan.newPlan', 'pocplan.openPreview', 'pocplan.exportDocument', 'pocplan.exportCalendar']) assert.ok(links.includes(c), c);
    for (const s of w.steps) {
      const en = nls[s.description.slice(1, -1)]!; const ja = nlsJa[s.description.slice(1, -1)]!;
      assert.deepEqual([...ja.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]), [...en.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]), `${s.id}: the same links in both languages`);
    }
  });
});
