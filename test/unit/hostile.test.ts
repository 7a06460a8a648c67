/**
 * The hostile corpus (test/hostile-corpus.ts, written to test/hostile/ at test time) through a REAL
 * language-server process over stdio: every case gets its diagnostics within the budget, with the
 * codes that explain it, ranges inside the document and messages of bounded length; afterwards the
 * server still answers, its memory stayed bounded, and `shutdown` is answered. The same corpus
 * then goes through `pocplan check` in a child process.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPlanService, mergeSettings } from '../../server/src/service';
import { renderPlan } from '../../server/src/service/render';
import { buildCalendar } from '../../server/src/service/calendar';
import { parseIcs } from '../calendar-helpers';
import { caseText, CORPUS_DIR, HOSTILE_CASES, writeCorpus } from '../hostile-corpus';
import { assertRangesInside } from '../safety-helpers';
import { SERVER_JS, StdioClient } from '../stdio-client';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI_JS = path.join(ROOT, 'dist', 'cli.js');

/** The bound: every hostile file gets its diagnostics within one second. */
const BUDGET_MS = 1000;
/**
 * Cases bound by the YAML parser's throughput rather than by a guard: 100,000 values take the
 * `yaml` library about 0.7 s on these 2-core machines (issue #6 replaces the parser and should
 * bring them under BUDGET_MS — then delete this entry).
 */
const PARSER_BOUND_MS: Readonly<Record<string, number>> = { 'flow-seq-100000': 3000 };
/** Peak resident memory of the server over the whole corpus. */
const MAX_HWM_MB = 400;
/** No message may quote a hostile file at length. */
const MAX_MESSAGE = 2000;

describe('hostile corpus through a real stdio server', function () {
  this.timeout(120_000);
  let client: StdioClient;
  let files: Map<string, string>;
  const rootUri = pathToFileURL(CORPUS_DIR).href;

  before(async function () {
    assert.ok(fs.existsSync(SERVER_JS), `${SERVER_JS} is missing: run npm run build first`);
    files = writeCorpus(CORPUS_DIR);
    client = StdioClient.start({ cwd: CORPUS_DIR });
    await client.initialize(rootUri);
    // Warm-up (JIT, schema compilation): a clean example, which must stay clean.
    const example = path.join(ROOT, 'examples', 'pattern-1-inline.pocplan.yaml');
    const uri = pathToFileURL(example).href;
    const p = await client.openAndWait(uri, fs.readFileSync(example, 'utf8'), 10_000);
    assert.deepEqual(p.diagnostics.filter((d) => d.severity === 1).map((d) => d.code), []);
    client.close(uri);
  });

  after(() => client?.kill());

  for (const c of HOSTILE_CASES) {
    it(`${c.name}: ${c.what}`, async () => {
      const uri = pathToFileURL(files.get(c.name)!).href;
      const text = caseText(c);
      const budget = PARSER_BOUND_MS[c.name] ?? BUDGET_MS;
      const csvUri = c.csv ? pathToFileURL(path.join(CORPUS_DIR, c.csv.name)).href : undefined;
      const csvPublished = csvUri ? client.waitForDiagnostics(csvUri, { timeoutMs: budget + 5000 }) : undefined;
      const p = await client.openAndWait(uri, text, budget + 5000);
      client.close(uri);
      const codes = new Set(p.diagnostics.map((d) => String(d.code)));
      for (const e of c.expect) assert.ok(codes.has(e), `${c.name}: expected ${e}, got ${[...codes].join(', ') || 'nothing'}`);
      if (c.clean) assert.deepEqual(p.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}: ${d.message}`), [], `${c.name} must stay clean`);
      else assert.ok(p.diagnostics.length > 0, `${c.name}: a hostile file must get a diagnostic`);
      assertRangesInside(text, p.diagnostics, c.name);
      for (const d of p.diagnostics) assert.ok(d.message.length <= MAX_MESSAGE, `${c.name}: ${d.code} message of ${d.message.length} characters`);
      // Over budget once may be the shared machine (another process on both cores): measure again,
      // and keep the faster. A guard that is missing (quadratic work, a hang) is over budget twice.
      let ms = p.ms;
      if (ms >= budget) {
        const again = await client.openAndWait(uri, text, budget + 5000);
        client.close(uri);
        ms = Math.min(ms, again.ms);
      }
      assert.ok(ms < budget, `${c.name}: diagnostics after ${Math.round(ms)} ms, twice (budget ${budget} ms)`);
      if (c.csv && csvPublished) {
        // The CSV's own diagnostics: on the CSV as the editor would decode it, at most 1,000.
        const csv = await csvPublished;
        assert.ok(csv.diagnostics.length > 0 && csv.diagnostics.length <= 1000, `${c.csv.name}: ${csv.diagnostics.length} diagnostics`);
        assertRangesInside(c.csv.bytes().toString('utf8'), csv.diagnostics, c.csv.name);
        for (const e of c.csv.expect ?? []) assert.ok(csv.diagnostics.some((d) => d.code === e), `${c.csv.name}: expected ${e}`);
        for (const d of csv.diagnostics) assert.ok(d.message.length <= MAX_MESSAGE, `${c.csv.name}: ${d.code} message of ${d.message.length} characters`);
      }
    });
  }

  it('answers normally afterwards: a clean plan, an edit, a request', async () => {
    const plan = path.join(CORPUS_DIR, 'bom.pocplan.yaml');
    const uri = pathToFileURL(plan).href;
    const text = caseText(HOSTILE_CASES.find((c) => c.name === 'crlf-only')!);
    const first = await client.openAndWait(uri, text, BUDGET_MS);
    assert.deepEqual(first.diagnostics.filter((d) => d.severity === 1).map((d) => d.code), []);
    const wait = client.waitForDiagnostics(uri, { version: 2, timeoutMs: BUDGET_MS });
    client.change(uri, text.replace('type: prod', 'type: production'), 2);
    const second = await wait;
    assert.ok(second.diagnostics.some((d) => d.code === 'schema.enum'), 'the edit is checked');
    // Any request is answered (the outline when the server offers it; otherwise a harmless hover).
    const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } }, 5000).catch((e: Error) => e);
    assert.ok(!(symbols instanceof Error) || /MethodNotFound|-32601|Unhandled method/.test(symbols.message), String(symbols));
    client.close(uri);
  });

  it(`keeps its memory bounded (peak < ${MAX_HWM_MB} MB) and never writes to stdout outside the protocol`, () => {
    const mem = client.memory();
    if (!mem) return; // not Linux: /proc is the only portable-enough probe
    assert.ok(mem.hwmMB < MAX_HWM_MB, `peak RSS ${mem.hwmMB.toFixed(0)} MB`);
    assert.deepEqual(client.protocolErrors, []);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled|FATAL|heap out of memory/i);
  });

  it('answers shutdown and exits cleanly', async () => {
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });
});

describe('hostile corpus through the renderer and the editing features', function () {
  this.timeout(60_000);

  it('every case renders (HTML and Markdown), gives a calendar ical.js reads, and every editing feature answers without throwing', async () => {
    for (const c of HOSTILE_CASES) {
      const text = caseText(c);
      const uri = 'file:///ws/hostile.pocplan.yaml';
      const service = createPlanService({ host: { readFile: () => undefined, workspaceFolder: () => 'file:///ws/' } });
      const settings = mergeSettings({});
      const result = service.check(uri, text, settings);
      const parsed = service.parse(uri, text);
      for (const format of ['html', 'md'] as const) assert.ok(renderPlan(parsed, result, { format, lang: 'en' }).length > 0, `${c.name} ${format}`);
      // The deadlines calendar: bounded (plan strings are clipped), and readable by an independent parser.
      const cal = buildCalendar(parsed, result, { lang: 'en', now: 0, remindDays: 7 });
      assert.ok(cal.text.length < 200_000, `${c.name}: a calendar of ${cal.text.length} characters`);
      assert.equal((await parseIcs(cal.text)).events.length, cal.events.length, `${c.name} calendar`);
      const ed = service as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>;
      const mid = text.length >> 1;
      ed.codeActions?.(uri, text, settings, { start: mid, end: mid, diagnostics: result.diagnostics.slice(0, 5) });
      ed.complete?.(uri, text, settings, mid);
      ed.hover?.(uri, text, settings, mid);
      ed.documentSymbols?.(uri, text, settings);
      ed.foldingRanges?.(uri, text);
      ed.inlayHints?.(uri, text, settings, 0, text.length);
    }
  });
});

describe('hostile corpus through the CLI', function () {
  this.timeout(60_000);

  it('pocplan check on the whole corpus reports, exits 1 (errors found), and never crashes', () => {
    writeCorpus(CORPUS_DIR);
    let stdout: string;
    let status = 0;
    const t0 = Date.now();
    try {
      stdout = execFileSync(process.execPath, [CLI_JS, 'check', '--format', 'json', CORPUS_DIR], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      status = err.status;
      stdout = err.stdout;
      assert.doesNotMatch(err.stderr, /Error|at .*\.js:\d+/, 'no stack trace');
    }
    const ms = Date.now() - t0;
    assert.equal(status, 1);
    const json = JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> };
    const byFile = new Map(json.files.map((f) => [path.basename(f.file), f.diagnostics.map((d) => d.code)]));
    for (const c of HOSTILE_CASES) {
      const got = byFile.get(`${c.name}.pocplan.yaml`) ?? [];
      for (const e of c.expect) assert.ok(got.includes(e), `${c.name}: ${e} (got ${got.slice(0, 5).join(', ')})`);
    }
    assert.ok(ms < 30_000, `${ms} ms for the corpus`);
  });
});
