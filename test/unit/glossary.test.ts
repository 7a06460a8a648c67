/**
 * One Japanese term per concept: every Japanese string the product shows — the catalogs
 * (server/src/service/l10n/ja/*.json), the schema's titles and descriptions, VS Code's strings,
 * the Japanese sections of docs/rules and the license matrix — is matched against the glossary
 * (server/src/service/l10n/glossary.json). A string that uses a replaced variant fails the test with
 * its file, key and the term to use. docs/glossary.md is generated from the glossary.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  allJapaneseTexts, avoidPattern, catalogTexts, clientTexts, describeViolation, docsTexts, englishWords, findViolations,
  GLOSSARY_FILE, glossaryMarkdown, japaneseSection, loadGlossary, matrixTexts, ROOT, schemaTexts, schemaVocabulary, shows,
} from '../glossary-check';
import { allCodes } from '../../server/src/service';

describe('Japanese glossary', () => {
  const glossary = loadGlossary();

  it('every Japanese string uses the glossary\'s terms', () => {
    const violations = findViolations(allJapaneseTexts(), glossary);
    assert.ok(violations.length === 0,
      `${violations.length} Japanese string(s) use a term the glossary (${GLOSSARY_FILE}) has replaced:\n  ${violations.map(describeViolation).join('\n  ')}\n`);
  });

  it('reads every place Japanese text lives', () => {
    const files = new Set(allJapaneseTexts().map((x) => x.file));
    for (const f of ['actions', 'core', 'render', 'rules', 'cli']) assert.ok(files.has(`server/src/service/l10n/ja/${f}.json`), f);
    assert.ok(schemaTexts().length > 150, 'schema titles and descriptions');
    assert.ok(clientTexts().some((x) => x.file === 'package.nls.ja.json') && clientTexts().some((x) => x.file === 'l10n/bundle.l10n.ja.json'));
    assert.equal(matrixTexts().length, 2);
    // Every rule page has a Japanese section, and the checker reads it.
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    assert.equal(docsTexts().length, pages.length, 'a rule page without a "## 日本語" section');
  });

  it('names the file, the key and the term to use (a planted variant is caught)', () => {
    const planted = [
      { file: 'x/ja/rules.json', key: 'demo', text: '本番ライセンスをファイアウォールに適用し、IoT セキュリティのタップで見ます。' },
      { file: 'x/ja/rules.json', key: 'wrapped', text: japaneseSection('## 日本語\n\nルーティング境界の北側に\nタップを置きます。\n')! },
    ];
    const v = findViolations(planted, glossary);
    const found = v.map((x) => `${x.key}:${x.found}→${x.term.ja}`);
    assert.deepEqual(found.sort(), [
      'demo:IoT セキュリティ→IoT Security', 'demo:タップ→Tap', 'demo:ファイアウォール→NGFW', 'demo:本番ライセンス→Prod 用ライセンス',
      'wrapped:タップ→Tap', 'wrapped:北側→L3 境界より上流(ルーター側)',
    ].sort());
    assert.match(describeViolation(v.find((x) => x.found === '本番ライセンス')!), /^x\/ja\/rules\.json › demo: 「本番ライセンス」 → use 「Prod 用ライセンス」/);
  });

  it('matches variants with or without spaces, full-width or not, and leaves the chosen terms alone', () => {
    const hit = (text: string): string[] => findViolations([{ file: 'f', key: 'k', text }], glossary).map((x) => x.term.id);
    assert.deepEqual(hit('IoTセキュリティ'), ['iot-security']);
    assert.deepEqual(hit('Prod ライセンス'), ['prod-license']);
    assert.deepEqual(hit('Prodライセンス'), ['prod-license']);
    assert.deepEqual(hit('Trial/Eval ライセンス'), ['eval-license']);
    assert.deepEqual(hit('旧 Cortex Data Lake、Strata Logging Service、ロギングサービス証明書'), []);
    assert.deepEqual(hit('Cortex Data Lake に送る'), ['sls']);
    assert.deepEqual(hit('マルチキャストファイアウォーリング'), []);
    assert.deepEqual(hit('マルチキャスト ファイアウォーリング'), ['katakana-compound']);
    assert.deepEqual(hit('コホスト型の XSOAR と、ホスト型の XSOAR'), ['cohosted-xsoar']);
    assert.deepEqual(hit('フォルダーとフォルダ'), ['long-vowel']);
    assert.deepEqual(hit('計画書を生成し、アップグレードを計画してください'), []);
    for (const t of glossary.terms) {
      // A term never contains a variant it replaced (its own or another's).
      assert.deepEqual(findViolations([{ file: 'glossary', key: t.id, text: t.ja }], { terms: glossary.terms.filter((x) => x.id !== 'katakana-compound' && x.id !== 'long-vowel') }).map((x) => x.found), [], t.id);
    }
  });

  it('is well formed: unique ids, every field present, every pattern compiles', () => {
    const ids = new Set<string>();
    for (const t of glossary.terms) {
      assert.ok(!ids.has(t.id), `duplicate id ${t.id}`);
      ids.add(t.id);
      assert.ok(t.en && t.ja && Array.isArray(t.avoid), t.id);
      for (const a of t.avoid) { assert.ok(shows(a)); assert.doesNotThrow(() => avoidPattern(a), `${t.id}: ${shows(a)}`); }
    }
  });

  it('docs/glossary.md is generated from the glossary (UPDATE_GOLDEN=1 rewrites it)', () => {
    const file = path.join(ROOT, 'docs', 'glossary.md');
    const md = glossaryMarkdown(glossary);
    if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) fs.writeFileSync(file, md);
    assert.equal(fs.readFileSync(file, 'utf8'), md, 'docs/glossary.md is out of date: UPDATE_GOLDEN=1 npx mocha out/test/unit/glossary.test.js');
  });
});

describe('Japanese strings keep only the English that belongs', () => {
  // Keys and values of the plan language, codes and protocol names stay as they are; any other
  // English word in a Japanese catalog string or schema description is a translation left undone.
  const vocabulary = new Set([...schemaVocabulary(), ...allCodes().keys(), 'pocplan', 'true', 'false', 'auto', 'default', 'off', 'error', 'warning', 'info', 'hint',
    // the command line's own words (pocplan check --format text|json|sarif, render --format md|html, --lang en|ja)
    'check', 'render', 'text', 'json', 'sarif', 'md', 'html', 'en', 'ja',
    // .pocplanrc.yaml's keys and values, and the CSV list's columns
    'licenseMatrix', 'profile', 'rules', 'strict', 'device-associations', 'ip', 'mac', 'vendor', 'model']);

  it('catalog messages, schema descriptions and VS Code strings have no stray English words', () => {
    const texts = [...catalogTexts(), ...schemaTexts(), ...clientTexts(), ...matrixTexts()];
    const stray = texts.flatMap((x) => englishWords(x.text, vocabulary).map((w) => `${x.file} › ${x.key}: "${w}" in ${x.text.slice(0, 80)}`));
    assert.deepEqual(stray, []);
  });

  it('the detector finds English words and spares what may stay', () => {
    assert.deepEqual(englishWords('NGFW `fw-1` の interface を Device > Setup > Session で設定し、firewall を直します。', new Set(['interface'])), ['firewall']);
    assert.deepEqual(englishWords('https://docs.paloaltonetworks.com/x の license.incompatible と examples/a.pocplan.yaml:3'), []);
    assert.deepEqual(englishWords('2 errors, 2 warnings'), ['errors', 'warnings']);
  });
});
