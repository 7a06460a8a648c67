/**
 * The injection corpus: classic XSS, markup, CSS, URL and template payloads placed in EVERY
 * string a plan document shows — title, customer, tenant, firewall/switch/site/segment ids,
 * interface names and zones, models, SKUs, site and segment names, notes and descriptions, and the
 * vendor and model columns of a CSV device list — rendered to HTML and opened in headless Chromium.
 * For every payload, in the exported document, the same document with its CSP removed (escaping
 * alone must hold), and the editor preview (with its nonce script, then a body swapped in through
 * the `update` message): no dialog, no script execution (a `window.__pwned` trap and `onerror`
 * payloads that call it), no request other than file:, data:, about:, no CSP violation, no
 * element the renderer did not make. Also: the preview's Content-Security-Policy is strict.
 *
 * Skipped, saying why, when /usr/bin/chromium or the renderer is missing.
 *   npm run build && npx mocha --no-config --timeout 0 out/test/browser/injection.test.js
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createPlanService, DEFAULT_DOCS_BASE, mergeSettings } from '../../server/src/service';
import { CLEAN, CLEAN_FILES } from '../fixtures';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'test-results', 'injection');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const NONCE = 'aW5qZWN0aW9uLXRlc3Q=';

/** Every payload calls `window.__pwned(…)`, assigns it, or would show a dialog or load something if it ran. */
export const PAYLOADS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned(2)>',
  '<svg onload=window.__pwned(3)>',
  '<svg><script>window.__pwned=4</script></svg>',
  '"><img src=x onerror=window.__pwned(5)>',
  "'><img src=x onerror=window.__pwned(6)>",
  '" onmouseover="window.__pwned(7)" x="',
  "' autofocus onfocus='window.__pwned(8)' x='",
  '</title><script>window.__pwned=9</script>',
  '</textarea></style></script><script>window.__pwned=10</script>',
  '</text><foreignObject><img src=x onerror=window.__pwned(11)></foreignObject>',
  ']]><script>window.__pwned=12</script><![CDATA[',
  '<!--<img src=x onerror=window.__pwned(13)>-->',
  '<iframe src="javascript:window.parent.__pwned(14)"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned(15)</script>">',
  '<object data="javascript:window.__pwned(16)">',
  '<embed src="data:text/html,<script>alert(17)</script>">',
  '<a href="javascript:window.__pwned(18)">click</a>',
  '<a href="&#106;avascript:window.__pwned(19)">x</a>',
  '[link](javascript:window.__pwned(20))',
  '[link](  JaVaScRiPt:window.__pwned(21) )',
  '![img](https://evil.example/22.png)',
  '![img](x" onerror="window.__pwned(23))',
  '<https://evil.example/24>',
  'https://evil.example/25 www.evil.example mail@evil.example',
  '<base href="https://evil.example/26/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/27">',
  '<link rel="stylesheet" href="https://evil.example/28.css">',
  '<style>@import "https://evil.example/29.css"; body{display:none}</style>',
  '<div style="background:url(https://evil.example/30.png)">x</div>',
  '<form action="https://evil.example/31"><button>go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned(32)>',
  '<details open ontoggle=window.__pwned(33)>',
  '<video><source onerror=window.__pwned(34)></video>',
  '<body onload=window.__pwned(35)>',
  '<input autofocus onfocus=window.__pwned(36)>',
  'javascript:window.__pwned(37)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgzOCk8L3NjcmlwdD4=',
  '${window.__pwned(39)} {{constructor.constructor("window.__pwned(39)")()}} <%= 39 %>',
  '&lt;script&gt;window.__pwned=40&lt;/script&gt; &amp;lt;',
  '\u202Egnp.exe\u202C \u200B\u2028\u2029 zero-width and bidi',
  '<scr<script>ipt>window.__pwned=42</scr</script>ipt>',
  '<img src="x` `<script>window.__pwned=43</script>"` `>',
  '*em* **strong** `code` | pipe | # heading\n- list',
  `<script nonce="${NONCE}">window.__pwned=45</script>`,
  '<template><script>window.__pwned=46</script></template><noscript><img src=x onerror=window.__pwned(46)></noscript>',
  '<xmp><img src=x onerror=window.__pwned(47)></xmp><plaintext>',
  '<svg><a xlink:href="javascript:window.__pwned(48)"><text x="20" y="20">x</text></a></svg>',
  '<svg><animate onbegin=window.__pwned(49) attributeName=x dur=1s>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=alert(50) /></svg>#x" />',
  // Bidirectional controls (Trojan Source): unbalanced overrides and isolates around markup.
  '\u2067<img src=x onerror=window.__pwned(51)>\u202E unclosed isolate and override',
  'safe\u202E\u2066 reversed (52)\u202C\u2069\u2069 extra pops',
  'עברית (53) \u200F <b>x</b> مرحبا',
];

/** What a reader should see of a payload: without the bidirectional controls the renderer drops. */
const readable = (s: string): string => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

/** The clean plan's own strings, each replaced everywhere it occurs (definitions and references alike). */
const TARGETS: ReadonlyArray<[string, string]> = [
  ['title: Osaka plant IoT Security PoC', 'title'],
  ['customer: Example Manufacturing', 'customer'],
  ['  name: example-iot', 'tenant'],
  ['fw-osaka', 'fw'],
  ['PA-450', 'model'],
  ['PAN-PA-450', 'sku'],
  ['sw-core', 'sw'],
  ['Catalyst 9300', 'swmodel'],
  ['ethernet1/1', 'if1'],
  ['ethernet1/3', 'if3'],
  ['ethernet1/7', 'if7'],
  ['zone: iot', 'zone-iot'],
  ['zone: mirror', 'zone-mirror'],
  ['  - id: osaka', 'site'],
  ['name: Osaka plant', 'site-name'],
  ['p1-scanners', 'seg1'],
  ['p2-cameras', 'seg2'],
  ['p51-hvac', 'seg51'],
];

/** Elements no payload may add (the clean document's own count of each is allowed). */
const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea',
  'video', 'audio', 'source', 'math', 'template', 'noscript', 'foreignobject', 'animate', 'set', 'xmp', 'plaintext', 'style', 'body', 'details'];

/** A YAML double-quoted scalar (JSON is YAML 1.2); `tag` keeps ids distinct. */
const q = (payload: string, tag: string): string => JSON.stringify(`${payload}·${tag}`);

/** The clean plan with `payload` in every string field the document shows, plus notes and a description. */
export function hostilePlan(payload: string): { text: string; files: Record<string, string> } {
  let text = CLEAN;
  for (const [from, tag] of TARGETS) {
    const m = /^(\s*(?:- )?[A-Za-z]+: )(.*)$/.exec(from);
    const replacement = m ? `${m[1]}${q(payload, tag)}` : q(payload, tag);
    text = text.split(from).join(replacement);
  }
  // Free text the renderer may treat as Markdown.
  text = text.replace(/(\n {4}managedBy: local\n)/, `$1    notes: ${q(payload, 'notes')}\n`);
  text = text.replace(/(\n {6}- id: "[^\n]*·seg1"\n)/, `$1        name: ${q(payload, 'seg-name')}\n        description: ${q(payload, 'description')}\n`);
  const cell = (tag: string): string => `"${`${payload}·${tag}`.replace(/"/g, '""')}"`;
  const hvac = CLEAN_FILES['hvac.csv']!.split('\n').map((l, i) => (i === 0 || !l ? l : l.replace(/,Trane,Tracer SC$/, `,${cell('vendor')},${cell('csv-model')}`))).join('\n');
  return { text, files: { ...CLEAN_FILES, 'hvac.csv': hvac } };
}

interface Renderer {
  html(text: string, files: Record<string, string>, preview?: { nonce: string; cspSource: string }): string;
}

/** The renderer, when it exists (render/index.ts `renderPlan`); undefined before. */
function loadRenderer(): Renderer | undefined {
  let mod: { renderPlan?: (...a: unknown[]) => string; renderLang?: (...a: unknown[]) => unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../../server/src/service/render') as typeof mod;
  } catch {
    return undefined;
  }
  if (typeof mod.renderPlan !== 'function' || typeof mod.renderLang !== 'function') return undefined;
  return {
    html(text, fileMap, preview) {
      const WS = 'file:///ws/';
      const files = new Map(Object.entries(fileMap).map(([k, v]) => [WS + k, v]));
      const service = createPlanService({ host: { readFile: (u) => files.get(u), workspaceFolder: () => WS } });
      const uri = `${WS}plan.pocplan.yaml`;
      const parsed = service.parse(uri, text);
      const lang = mod.renderLang!(parsed) as 'en' | 'ja';
      const settings = mergeSettings({ lang });
      const result = service.check(uri, text, settings);
      return mod.renderPlan!(parsed, result, { format: 'html', lang, matrix: settings.licenseMatrix, ...(preview ? { preview } : {}) });
    },
  };
}

/** Directives of a Content-Security-Policy, by name. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html);
  assert.ok(m, 'the document carries a Content-Security-Policy meta tag');
  return m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** A strict policy: nothing by default, scripts only with the nonce, never eval, no base or forms. */
export function assertStrictPreviewCsp(policy: string, nonce: string): void {
  const d = parseCsp(policy);
  assert.deepEqual(d.get('default-src'), ["'none'"], `default-src 'none' in: ${policy}`);
  assert.deepEqual(d.get('script-src'), [`'nonce-${nonce}'`], `script-src only the nonce in: ${policy}`);
  assert.ok(!/unsafe-eval|unsafe-hashes|strict-dynamic|wasm-unsafe-eval/.test(policy), `no eval or dynamic scripts: ${policy}`);
  assert.ok(!(d.get('script-src') ?? []).some((v) => v === "'unsafe-inline'" || v === '*' || /^https?:/.test(v)), policy);
  for (const [name, values] of d) {
    assert.ok(!values.includes('*') && !values.some((v) => /^(https?:|http:|ws:|wss:)$/.test(v)), `${name} allows any host: ${policy}`);
    assert.ok(!values.some((v) => /evil|example/.test(v)), `${name} lets a hostile source in: ${policy}`);
  }
  assert.deepEqual(d.get('base-uri'), ["'none'"]);
  assert.deepEqual(d.get('form-action'), ["'none'"]);
  for (const name of ['connect-src', 'frame-src', 'child-src', 'object-src', 'worker-src', 'font-src', 'media-src']) {
    assert.ok(!d.has(name) || d.get(name)!.join(' ') === "'none'", `${name} falls back to default-src 'none': ${policy}`);
  }
}

describe('injection corpus in Chromium (every string field of the plan document)', function () {
  this.timeout(600_000);
  const renderer = loadRenderer();
  let context: BrowserContext | undefined;
  let userData = '';
  let baseline: { elements: Map<string, number>; urls: Set<string> } | undefined;

  before(async function () {
    if (!renderer) { process.stdout.write('      (skipped: the renderer (server/src/service/render) is not there yet)\n'); this.skip(); }
    if (!fs.existsSync(CHROMIUM)) { process.stdout.write(`      (skipped: ${CHROMIUM} is missing; apt-get install -y chromium)\n`); this.skip(); }
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-injection-'));
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, args: ARGS, headless: true });
    // What the renderer itself makes, for the clean plan: anything beyond these tags is injected.
    const page = await open(write('baseline.html', renderer!.html(CLEAN, CLEAN_FILES, { nonce: NONCE, cspSource: "'self'" })), true);
    const urls = await page.page.$$eval('*', (els) => els.flatMap((el) => [...el.attributes].filter((a) => /^(href|src|xlink:href)$/i.test(a.name)).map((a) => a.value)));
    baseline = { elements: await tagCounts(page.page), urls: new Set(urls.filter((u) => /^https:\/\//.test(u))) };
    await page.page.close();
  });

  after(async () => {
    await context?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  const write = (name: string, html: string): string => {
    const file = path.join(OUT, name);
    fs.writeFileSync(file, html);
    return file;
  };

  async function tagCounts(page: Page): Promise<Map<string, number>> {
    const list = await page.$$eval('*', (els) => els.map((e) => e.tagName.toLowerCase()));
    const m = new Map<string, number>();
    for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  }

  interface Watch { requests: string[]; dialogs: string[]; errors: string[]; violations: string[] }

  async function open(file: string, preview: boolean): Promise<{ page: Page; watch: Watch }> {
    const watch: Watch = { requests: [], dialogs: [], errors: [], violations: [] };
    const page = await context!.newPage();
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(file|data|about):/i.test(url)) await route.continue();
      else { watch.requests.push(url); await route.abort(); }
    });
    page.on('request', (r) => { if (!/^(file|data|about):/i.test(r.url())) watch.requests.push(r.url()); });
    page.on('dialog', (d) => { watch.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
    page.on('pageerror', (e) => { watch.errors.push(String(e)); });
    page.on('console', (m) => { if (m.type() === 'error') watch.errors.push(m.text()); });
    page.on('popup', (p) => { watch.requests.push(`popup ${p.url()}`); });
    // The trap: any injected script that runs calls, reads or assigns window.__pwned.
    await page.addInitScript(`(() => {
      const hits = []; Object.defineProperty(window, '__hits', { value: hits });
      const trap = function () { hits.push('call ' + [].join.call(arguments, ',')); };
      Object.defineProperty(window, '__pwned', { get() { hits.push('get'); return trap; }, set(v) { hits.push('set ' + v); } });
      for (const f of ['alert', 'confirm', 'prompt', 'print', 'open']) { const orig = window[f]; window[f] = function () { hits.push(f); return orig && orig.apply(this, arguments); }; }
      document.addEventListener('securitypolicyviolation', (e) => { (window.__violations = window.__violations || []).push(e.violatedDirective + ' ' + e.blockedURI); });
      ${preview ? 'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m) });' : ''}
    })();`);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, watch };
  }

  async function assertNothingRan(page: Page, watch: Watch, what: string): Promise<void> {
    // Give timers, autofocus, animations and load handlers a chance to fire.
    await page.evaluate('new Promise((r) => setTimeout(r, 50))');
    assert.deepEqual(await page.evaluate('window.__hits'), [], `${what}: a script ran`);
    assert.deepEqual(watch.dialogs, [], `${what}: dialogs`);
    assert.deepEqual(watch.requests, [], `${what}: requests other than file:, data:, about:`);
    assert.deepEqual((await page.evaluate('window.__violations || []')) as string[], [], `${what}: CSP violations (escaping must hold without the CSP)`);
    assert.deepEqual(watch.errors, [], `${what}: page errors`);
    const found = await tagCounts(page);
    for (const tag of FORBIDDEN_TAGS) {
      const n = found.get(tag) ?? 0;
      assert.ok(n <= (baseline!.elements.get(tag) ?? 0), `${what}: an injected <${tag}> (${n}; the clean document has ${baseline!.elements.get(tag) ?? 0})`);
    }
    const handlers = await page.$$eval('*', (els) => els.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)));
    assert.deepEqual(handlers, [], `${what}: elements with event handlers`);
    const urls = await page.$$eval('*', (els) => els.flatMap((el) => [...el.attributes].filter((a) => /^(href|src|xlink:href|action|formaction|srcdoc|data|poster|background)$/i.test(a.name)).map((a) => a.value)));
    for (const u of urls) assert.ok(u.startsWith('#') || baseline!.urls.has(u) || u.startsWith(DEFAULT_DOCS_BASE), `${what}: a link or source the renderer did not make: ${u}`);
  }

  it('the preview CSP is strict: default-src none, script-src only the nonce, no eval; hostile nonce and cspSource are filtered', () => {
    const html = renderer!.html(CLEAN, CLEAN_FILES, { nonce: NONCE, cspSource: 'https://abc.vscode-cdn.net' });
    assertStrictPreviewCsp(cspOf(html), NONCE);
    // The nonce script is the document's only script, and it carries the nonce.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!.trim());
    assert.deepEqual(scripts, [`nonce="${NONCE}"`]);
    // The two values come from the editor (a fresh random nonce, webview.cspSource). Even when
    // malformed they cannot add keywords or directives: only the nonce opens script-src.
    const hostile = renderer!.html(CLEAN, CLEAN_FILES, { nonce: `${NONCE}' 'unsafe-eval`, cspSource: "'unsafe-inline' 'unsafe-eval' * data: 'self'; script-src * 'unsafe-inline'" });
    const policy = cspOf(hostile);
    const tokens = policy.split(/[\s;]+/);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', "'strict-dynamic'"]) assert.ok(!tokens.includes(bad), `${bad} in ${policy}`);
    const d = parseCsp(policy);
    assert.equal(d.get('script-src')!.length, 1, policy);
    assert.match(d.get('script-src')![0]!, /^'nonce-[A-Za-z0-9+/=_-]+'$/);
    assert.deepEqual(d.get('default-src'), ["'none'"]);
    assert.equal([...policy.matchAll(/script-src/g)].length, 1, 'one script-src directive');
  });

  it('the exported document has a CSP without scripts: default-src none, no script-src, no eval', () => {
    const policy = cspOf(renderer!.html(CLEAN, CLEAN_FILES));
    const d = parseCsp(policy);
    assert.deepEqual(d.get('default-src'), ["'none'"]);
    assert.ok(!d.has('script-src') || d.get('script-src')!.join(' ') === "'none'", policy);
    assert.ok(!/unsafe-eval|https?:|\*/.test(policy), policy);
  });

  it('the editor\'s own fallback pages (client/src/preview.ts) carry default-src \'none\'', () => {
    const src = fs.readFileSync(path.join(ROOT, 'client', 'src', 'preview.ts'), 'utf8');
    const policies = [...src.matchAll(/Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]!);
    for (const p of policies) {
      assert.deepEqual(parseCsp(p).get('default-src'), ["'none'"], p);
      assert.ok(!/unsafe-eval/.test(p), p);
    }
    assert.match(src, /enableCommandUris:\s*false/, 'webview command URIs are off');
    assert.match(src, /localResourceRoots:\s*\[\]/, 'the webview may load no local files');
  });

  it('self-test: the harness does catch a payload that is NOT escaped (trap, CSP violation, injected element)', async () => {
    const raw = '<img src=x onerror=window.__pwned(1)><script>window.__pwned=2</script>';
    const exported = renderer!.html(CLEAN, CLEAN_FILES).replace('<main id="doc" class="doc">', `<main id="doc" class="doc">${raw}`);
    const bare = await open(write('self-test-no-csp.html', exported.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')), false);
    await bare.page.evaluate('new Promise((r) => setTimeout(r, 50))');
    assert.ok(((await bare.page.evaluate('window.__hits')) as string[]).length >= 2, 'the trap records the scripts that ran');
    await assert.rejects(assertNothingRan(bare.page, bare.watch, 'self-test'));
    await bare.page.close();
    const csp = await open(write('self-test-csp.html', exported), false);
    await csp.page.evaluate('new Promise((r) => setTimeout(r, 50))');
    assert.deepEqual(await csp.page.evaluate('window.__hits'), [], 'the CSP stops them');
    assert.ok(((await csp.page.evaluate('window.__violations || []')) as string[]).length > 0, 'and the violation is seen');
    await csp.page.close();
  });

  it('bidirectional controls never reach the page, and a reversed string cannot reverse the text around it', async () => {
    const { text, files } = hostilePlan('ABC\u202EDEF\u2067GHI');
    const { page, watch } = await open(write('bidi-order.html', renderer!.html(text, files)), false);
    const body = await page.evaluate('document.body.innerText') as string;
    assert.equal(body.match(/[\u202A-\u202E\u2066-\u2067]/), null, 'no embedding, override or opening isolate in the text');
    // Laid out left to right, as read: each character of the title starts right of the one before.
    const xs = await page.evaluate(`(() => {
      const h = document.querySelector('h1');
      const node = [...h.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes('ABC'));
      const r = document.createRange();
      return [...node.textContent].slice(0, 12).map((_, i) => { r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; });
    })()`) as number[];
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! > xs[i - 1]!, `character ${i} of the title is laid out left of the one before: ${xs.join(', ')}`);
    await assertNothingRan(page, watch, 'bidi order');
    await page.close();
  });

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1}: ${JSON.stringify(payload).slice(0, 70)}`, async () => {
      const { text, files } = hostilePlan(payload);
      const name = `payload-${String(i + 1).padStart(2, '0')}`;
      const exported = renderer!.html(text, files);
      const noCsp = exported.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
      assert.notEqual(noCsp, exported, 'the CSP meta tag was found and removed');
      const preview = renderer!.html(text, files, { nonce: NONCE, cspSource: "'self'" });
      for (const [variant, html, isPreview] of [['exported', exported, false], ['no CSP', noCsp, false], ['preview', preview, true]] as const) {
        const { page, watch } = await open(write(`${name}-${variant.replace(/\s/g, '-')}.html`, html), isPreview);
        // The payload is on the page as text (at least the title shows it).
        const shown = readable(await page.$eval('h1', (h) => h.textContent ?? ''));
        const want = readable(payload);
        assert.ok(shown.includes(`${want}·title`.replace(/\s+/g, ' ').trim().slice(0, 20)) || shown.replace(/\s+/g, ' ').includes(want.replace(/\s+/g, ' ').trim().slice(0, 20)), `${variant}: the title shows the payload as text: ${shown}`);
        await assertNothingRan(page, watch, `${name} ${variant}`);
        if (isPreview) {
          // The update path: the preview swaps a new body in with innerHTML.
          const body = /<main id="doc"[^>]*>([\s\S]*)<\/main>/.exec(preview)?.[1] ?? preview;
          await page.evaluate(`window.postMessage({ type: 'update', body: ${JSON.stringify(body)} }, '*')`);
          await assertNothingRan(page, watch, `${name} preview update`);
        }
        await page.close();
      }
    });
  });
});
