/**
 * No network, checked twice.
 *
 * Statically, in the bundles npm test builds (dist/client.js, dist/server.js, dist/cli.js): no
 * http, https, http2, tls, dgram or dns module, no fetch, XMLHttpRequest, WebSocket, EventSource or
 * sendBeacon — anywhere. `net` is allowed in exactly one place: vscode-jsonrpc's Node transports
 * (bundled into the client and the server through vscode-languageclient/-server), whose
 * createServer/createConnection calls sit in its four pipe/socket transport functions. Those run
 * only when the process is started with `--pipe` or `--socket`; the extension starts the server
 * with `--node-ipc` (stdio for other editors), so they never run — but they are in the bundle,
 * so they are pinned here: any other use of `net`, or a new network module, fails this test.
 * `child_process` is pinned the same way (the client starts the server; the server's copy is
 * vscode-languageserver's unused global-module lookup).
 *
 * At run time: the CLI (check and render) and the stdio server (a whole session: open, edit, CSV,
 * hover, completion, code actions, outline, render request, shutdown) run under a preload that
 * makes every network API throw and log (test/no-network-preload.ts); the log stays empty.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StdioClient } from '../stdio-client';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PRELOAD = path.join(__dirname, '..', 'no-network-preload.js');
const BUNDLES = ['client', 'language-client', 'server', 'cli'] as const;

/** Never, in any bundle. */
const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['a network module (http, https, http2, tls, dgram, dns, undici)', /\b(?:require|import)\s*\(\s*["'](?:node:)?(?:https?|http2|tls|dgram|dns|dns\/promises|undici)["']\s*\)/g],
  ['fetch()', /(?<![\w$.])fetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['navigator.sendBeacon', /\bsendBeacon\b/g],
  ['a raw TCP/UDP binding', /\b(?:tcp_wrap|udp_wrap|pipe_wrap)\b|process\.binding\s*\(/g],
];

/** Where `net` may be used: vscode-jsonrpc/lib/node/main.js's transports, and only these calls. */
const NET_FUNCTIONS = new Set(['createClientPipeTransport', 'createServerPipeTransport', 'createClientSocketTransport', 'createServerSocketTransport']);
const NET_MEMBERS = new Set(['createServer', 'createConnection']);
/** How often each bundle requires these modules, and why. */
const PINNED: Record<(typeof BUNDLES)[number], Record<string, number>> = {
  client: {}, // commands and features only; the language client is loaded after activation
  'language-client': { net: 1, child_process: 2 }, // vscode-jsonrpc transports; vscode-languageclient starts/stops the server process
  server: { net: 1, child_process: 1 }, // vscode-jsonrpc transports; vscode-languageserver's Files.resolveGlobalNodePath (unused)
  cli: {},
};

function bundle(name: string): string {
  const file = path.join(ROOT, 'dist', `${name}.js`);
  assert.ok(fs.existsSync(file), `${file} is missing: run npm run build first`);
  return fs.readFileSync(file, 'utf8');
}

/** Name of the nearest enclosing `function NAME(` before `at`. */
function enclosingFunction(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 4000), at);
  const all = [...before.matchAll(/function\s+([\w$]+)\s*\(/g)];
  return all.length ? all[all.length - 1]![1] : undefined;
}

describe('no network: the bundles', () => {
  for (const name of BUNDLES) {
    it(`dist/${name}.js uses no network API (net only in vscode-jsonrpc's pipe/socket transports)`, () => {
      const text = bundle(name);
      for (const [what, re] of FORBIDDEN) {
        const hits = [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 80), m.index + 80).replace(/\s+/g, ' '));
        assert.deepEqual(hits, [], `${name}: ${what}`);
      }
      const requires = new Map<string, number>();
      for (const m of text.matchAll(/\brequire\s*\(\s*["'](?:node:)?(net|child_process)["']\s*\)/g)) requires.set(m[1]!, (requires.get(m[1]!) ?? 0) + 1);
      assert.deepEqual(Object.fromEntries(requires), PINNED[name], `${name}: requires of net / child_process`);

      // Every use of the `net` binding: createServer/createConnection inside the four transports.
      for (const m of text.matchAll(/\bvar\s+([\w$]+)\s*=\s*require\s*\(\s*["'](?:node:)?net["']\s*\)/g)) {
        const binding = m[1]!;
        assert.match(text.slice(Math.max(0, m.index - 3000), m.index + 6000), /createServerPipeTransport/, `${name}: net is required outside vscode-jsonrpc's node transports`);
        const uses = [...text.matchAll(new RegExp(`\\b${binding.replace(/\$/g, '\\$')}\\b(?!\\s*=\\s*require)(\\.([\\w$]+))?`, 'g'))];
        assert.ok(uses.length > 0);
        for (const u of uses) {
          const member = u[2];
          assert.ok(member && NET_MEMBERS.has(member), `${name}: net used as ${JSON.stringify(text.slice(u.index, u.index + 60))}`);
          const fn = enclosingFunction(text, u.index);
          assert.ok(fn && NET_FUNCTIONS.has(fn), `${name}: net.${member} in ${fn ?? '(top level)'}`);
        }
      }
    });
  }
});

interface Violations { log: string; read(): string }
const tempDirs: string[] = [];
function violationLog(): Violations {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-nonet-'));
  tempDirs.push(dir);
  const log = path.join(dir, 'violations.log');
  return { log, read: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '') };
}

describe('no network: at run time, under a preload that forbids it', function () {
  this.timeout(60_000);
  after(() => { for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });
  const env = (log: string): NodeJS.ProcessEnv => ({ ...process.env, NO_NETWORK_LOG: log, NO_COLOR: '1' });

  it('self-test: the preload does catch http, sockets to a port, dns and fetch', () => {
    const v = violationLog();
    const probes = [
      "require('http').get('http://127.0.0.1:9/')",
      "require('net').connect(9, '127.0.0.1')",
      "require('dns').lookup('example.com', () => {})",
      "require('https').request('https://example.com/')",
      "fetch('http://127.0.0.1:9/')",
    ];
    for (const p of probes) {
      const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', `try { ${p} } catch (e) { process.exitCode = 3 }`], { env: env(v.log), encoding: 'utf8' });
      assert.equal(r.status, 3, `${p} was not stopped: ${r.stderr}`);
    }
    assert.equal(v.read().match(/NO-NETWORK VIOLATION/g)?.length, probes.length);
    // A local pipe stays allowed (the LSP pipe transport).
    const pipe = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "const s = require('net').connect(require('path').join(require('os').tmpdir(), 'no-such-pipe-' + process.pid)); s.on('error', () => {});"], { env: env(v.log), encoding: 'utf8' });
    assert.equal(pipe.status, 0, pipe.stderr);
    assert.equal(v.read().match(/NO-NETWORK VIOLATION/g)?.length, probes.length);
  });

  it('pocplan check and pocplan render touch no network', () => {
    const v = violationLog();
    const out = path.join(path.dirname(v.log), 'plan.html');
    const runs = [
      ['check', '--format', 'sarif', 'examples'],
      ['check', 'examples/pattern-5-1-csv-inline.pocplan.yaml', 'examples/mistakes-licensing.pocplan.yaml'],
      ['render', '--format', 'html', '-o', out, 'examples/pattern-5-2-csv-mirror.pocplan.yaml'],
    ];
    for (const args of runs) {
      const r = spawnSync(process.execPath, ['--require', PRELOAD, path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, env: env(v.log), encoding: 'utf8' });
      if (args[0] === 'render' && /unknown command/.test(r.stderr)) continue; // before the renderer exists
      assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    }
    assert.equal(v.read(), '');
  });

  it('a whole stdio server session touches no network', async () => {
    const v = violationLog();
    const client = StdioClient.start({ execArgv: ['--require', PRELOAD], env: env(v.log), cwd: ROOT });
    try {
      await client.initialize(pathToFileURL(path.join(ROOT, 'examples')).href, {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } }, publishDiagnostics: { relatedInformation: true } },
      });
      for (const f of ['pattern-5-1-csv-inline.pocplan.yaml', 'mistakes-licensing.pocplan.yaml']) {
        const file = path.join(ROOT, 'examples', f);
        const uri = pathToFileURL(file).href;
        const text = fs.readFileSync(file, 'utf8');
        const p = await client.openAndWait(uri, text, 5000);
        const wait = client.waitForDiagnostics(uri, { version: 2, timeoutMs: 5000 });
        client.change(uri, text.replace('pocplan: 1', 'pocplan: 1\n'), 2);
        await wait;
        const pos = { line: 5, character: 4 };
        const ask = (method: string, params: unknown): Promise<unknown> => client.request(method, params, 5000).catch((e: Error) => {
          if (!/-32601|Unhandled method/.test(e.message)) throw e; // a feature that is not there yet
        });
        await ask('textDocument/hover', { textDocument: { uri }, position: pos });
        await ask('textDocument/completion', { textDocument: { uri }, position: pos });
        await ask('textDocument/documentSymbol', { textDocument: { uri } });
        await ask('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } }, context: { diagnostics: p.diagnostics } });
        await ask('pocplan/render', { uri, format: 'html', preview: { nonce: 'bm9uY2U=', cspSource: "'self'" } });
        client.close(uri);
      }
      await client.shutdown();
      assert.equal(client.exitCode, 0, client.stderr);
    } finally {
      client.kill();
    }
    assert.equal(v.read(), '');
    assert.doesNotMatch(client.stderr, /NO-NETWORK VIOLATION/);
  });
});
