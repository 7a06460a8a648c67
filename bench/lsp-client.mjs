// Minimal LSP client over stdio, built for latency benchmarks (no dependencies).
//   const c = startServer(process.execPath, ['path/to/server.js', '--stdio'], { settings, rootUri });
//   await c.initialize(); c.didChangeConfiguration(); await c.roundTrip();   // set up, then barrier
//   c.open(uri, 'pocplan', text);                                           // version 1
//   const { diagnostics, ms } = await c.waitForDiagnostics(uri, { version: 1 });
//   c.change(uri, 2, [{ range, text: 'x' }]); await c.waitForDiagnostics(uri, { version: 2 });
//   c.memory();  /* { vmHWMKiB, vmRSSKiB } */  await c.shutdown();
// Timing: `ms` = arrival of the matching publishDiagnostics (when its stdout chunk is read) minus
// the moment just before the didOpen/didChange was written; both ends use performance.now().
// Matching: a publish counts only if it arrived after the last didOpen/didChange for that uri (or
// `afterSeq`), and its version equals `version` when it carries one (ours does: stale publishes
// are skipped); without a version (yaml-language-server) the first publish after the send is taken
// unless `requireVersion: true`; `predicate(diagnostics, publish)` must hold if given. Nothing
// waits for a "quiet period": the result is the first publish that matches.

import { spawn } from 'node:child_process';

export { lookupSection, procCpuMs, fileUri, procMemory } from './proc.mjs';
import { frameReader, lookupSection, procCpuMs, procMemory } from './proc.mjs';

/**
 * Spawn a language server and return a client.
 * @param {string} cmd
 * @param {string[]} args
 * @param {object} [o]
 * @param {object} [o.initializationOptions]
 * @param {object} [o.settings]  answered to workspace/configuration; sent by didChangeConfiguration()
 * @param {string} [o.rootUri]
 * @param {object} [o.capabilities]  replaces the default client capabilities
 * @param {'pipe'|'inherit'|'ignore'} [o.stderr='pipe']  'pipe' keeps the last 64 KiB in client.stderr()
 * @param {boolean} [o.trace=false]  log every message to stderr
 * @param {string} [o.cwd]
 * @param {object} [o.env]
 */
export function startServer(cmd, args = [], o = {}) {
  const settings = o.settings ?? {};
  const proc = spawn(cmd, args, {
    cwd: o.cwd,
    env: o.env ?? process.env,
    stdio: ['pipe', 'pipe', o.stderr === 'inherit' ? 'inherit' : o.stderr === 'ignore' ? 'ignore' : 'pipe'],
  });
  let stderrTail = '';
  if (proc.stderr) {
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (d) => {
      stderrTail = (stderrTail + d).slice(-65536);
    });
  }

  let nextId = 1;
  const pending = new Map(); // id -> { resolve, reject, method }
  const requestHandlers = new Map();
  const notificationHandlers = new Map();
  const logMessages = [];
  const stats = { sent: 0, received: 0, bytesIn: 0, bytesOut: 0, serverRequests: {}, answered: {} };
  const answerWaiters = new Set(); // { method, count, resolve }
  let exited = null;
  const exitPromise = new Promise((res) => {
    proc.on('exit', (code, signal) => {
      exited = { code, signal };
      for (const [, p] of pending) p.reject(new Error(`server exited (code ${code}, signal ${signal}) before answering ${p.method}`));
      pending.clear();
      for (const w of waiters) w.fail(new Error(`server exited (code ${code}, signal ${signal})`));
      res(exited);
    });
  });
  proc.on('error', (e) => {
    for (const [, p] of pending) p.reject(e);
    pending.clear();
    for (const w of waiters) w.fail(e);
  });
  proc.stdin.on('error', () => { /* EPIPE after the server died: reported via exit */ });

  // ---- per-uri diagnostics bookkeeping ----
  let publishSeq = 0;
  const docs = new Map(); // uri -> { lastSentAt, lastSentSeq, lastVersion, publishes: [] }
  const waiters = new Set();
  const doc = (uri) => {
    let d = docs.get(uri);
    if (!d) docs.set(uri, (d = { lastSentAt: null, lastSentSeq: 0, lastVersion: null, publishes: [], count: 0, sends: 0 }));
    return d;
  };
  const KEEP = 64;

  function onPublish(params, at) {
    const d = doc(params.uri);
    const p = { seq: ++publishSeq, at, version: params.version, diagnostics: params.diagnostics ?? [] };
    d.count++;
    d.publishes.push(p);
    if (d.publishes.length > KEEP) d.publishes.shift();
    for (const w of [...waiters]) if (w.uri === params.uri) w.offer(p);
  }

  // ---- framing ----
  proc.stdout.on('data', frameReader({
    onChunk: (n) => { stats.bytesIn += n; },
    onMessage: (msg, at) => { stats.received++; dispatch(msg, at); },
    onError: protocolError,
  }));

  // A server that breaks the framing cannot be measured: fail everything that waits, kill it.
  function protocolError(e) {
    proc.stdout.removeAllListeners('data');
    for (const [, p] of pending) p.reject(e);
    pending.clear();
    for (const w of [...waiters]) w.fail(e);
    proc.kill('SIGKILL');
  }

  function write(msg) {
    const json = JSON.stringify(msg);
    const payload = `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
    stats.sent++;
    stats.bytesOut += payload.length;
    if (o.trace) process.stderr.write(`--> ${json.slice(0, 300)}\n`);
    proc.stdin.write(payload);
  }

  function dispatch(msg, at) {
    if (o.trace) process.stderr.write(`<-- ${JSON.stringify(msg).slice(0, 300)}\n`);
    if (msg.id !== undefined && msg.method === undefined) {
      // response
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.error) {
        const e = new Error(`${p.method}: ${msg.error.message} (${msg.error.code})`);
        e.code = msg.error.code;
        e.data = msg.error.data;
        p.reject(e);
      } else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      // server -> client request
      stats.serverRequests[msg.method] = (stats.serverRequests[msg.method] ?? 0) + 1;
      const h = requestHandlers.get(msg.method) ?? defaultRequestHandler;
      Promise.resolve()
        .then(() => h(msg.params, msg.method))
        .then(
          (result) => write({ jsonrpc: '2.0', id: msg.id, result: result === undefined ? null : result }),
          (err) => write({ jsonrpc: '2.0', id: msg.id, error: { code: err?.code ?? -32603, message: String(err?.message ?? err) } }),
        )
        .then(() => {
          stats.answered[msg.method] = (stats.answered[msg.method] ?? 0) + 1;
          for (const w of [...answerWaiters]) {
            if (w.method === msg.method && stats.answered[msg.method] >= w.count) {
              answerWaiters.delete(w);
              w.resolve(stats.answered[msg.method]);
            }
          }
        });
      return;
    }
    // notification
    if (msg.method === 'textDocument/publishDiagnostics') onPublish(msg.params, at);
    else if (msg.method === 'window/logMessage' || msg.method === 'window/showMessage') {
      logMessages.push(msg.params);
      if (logMessages.length > 200) logMessages.shift();
    }
    const hs = notificationHandlers.get(msg.method);
    if (hs) for (const h of hs) h(msg.params, at);
  }

  function defaultRequestHandler(params, method) {
    switch (method) {
      case 'workspace/configuration':
        return (params?.items ?? []).map((it) => lookupSection(settings, it.section));
      case 'client/registerCapability':
      case 'client/unregisterCapability':
      case 'window/workDoneProgress/create':
      case 'window/showMessageRequest':
      case 'workspace/codeLens/refresh':
      case 'workspace/semanticTokens/refresh':
      case 'workspace/inlayHint/refresh':
      case 'workspace/inlineValue/refresh':
      case 'workspace/diagnostic/refresh':
      case 'workspace/foldingRange/refresh':
        return null;
      case 'workspace/workspaceFolders':
        return o.rootUri ? [{ uri: o.rootUri, name: 'bench' }] : null;
      case 'workspace/applyEdit':
        return { applied: false, failureReason: 'benchmark client' };
      default: {
        const e = new Error(`benchmark client: unhandled request ${method}`);
        e.code = -32601;
        throw e;
      }
    }
  }

  function request(method, params) {
    if (exited) return Promise.reject(new Error(`server already exited (${JSON.stringify(exited)})`));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      write({ jsonrpc: '2.0', id, method, params });
    });
  }

  function notify(method, params) {
    write({ jsonrpc: '2.0', method, params });
  }

  function markSent(uri, version) {
    const d = doc(uri);
    d.lastSentSeq = publishSeq;
    d.lastVersion = version;
    d.sends++;
    d.lastSentAt = performance.now();
  }

  const defaultCapabilities = {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceFolders: true,
      applyEdit: false,
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true, willSave: false, willSaveWaitUntil: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
    },
    window: { workDoneProgress: true },
    general: { positionEncodings: ['utf-16'] },
  };

  const client = {
    pid: proc.pid,
    proc,
    stats,
    logMessages,
    /** last 64 KiB of the server's stderr (when o.stderr is 'pipe') */
    stderr: () => stderrTail,
    exited: () => exited,
    request,
    notify,
    /** Handle a server->client request yourself (overrides the defaults). */
    onRequest(method, handler) {
      requestHandlers.set(method, handler);
    },
    onNotification(method, handler) {
      if (!notificationHandlers.has(method)) notificationHandlers.set(method, []);
      notificationHandlers.get(method).push(handler);
    },
    /** Sends initialize then initialized; resolves with the InitializeResult. */
    async initialize(extra = {}) {
      const result = await request('initialize', {
        processId: process.pid,
        clientInfo: { name: 'pocplan-bench', version: '1' },
        locale: 'en',
        rootUri: o.rootUri ?? null,
        workspaceFolders: o.rootUri ? [{ uri: o.rootUri, name: 'bench' }] : null,
        capabilities: o.capabilities ?? defaultCapabilities,
        initializationOptions: o.initializationOptions,
        ...extra,
      });
      client.initializeResult = result;
      notify('initialized', {});
      return result;
    },
    /** textDocumentSync kind the server asked for: 0 none, 1 full, 2 incremental. */
    syncKind() {
      const s = client.initializeResult?.capabilities?.textDocumentSync;
      if (typeof s === 'number') return s;
      return s?.change ?? 0;
    },
    didChangeConfiguration(s = settings) {
      notify('workspace/didChangeConfiguration', { settings: s });
    },
    /**
     * Resolves once this client has answered `count` server->client requests of `method` in
     * total (e.g. yaml-language-server's workspace/configuration pulls). Rejects on timeout.
     */
    waitForServerRequests(method, count = 1, { timeoutMs = 10000 } = {}) {
      if ((stats.answered[method] ?? 0) >= count) return Promise.resolve(stats.answered[method]);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => {
          answerWaiters.delete(w);
          reject(new Error(`timeout: answered ${stats.answered[method] ?? 0}/${count} ${method} requests`));
        }, timeoutMs);
        const w = { method, count, resolve: (n) => { clearTimeout(t); resolve(n); } };
        answerWaiters.add(w);
      });
    },
    /**
     * Barrier: resolves once the server has answered a request sent now, i.e. processed every
     * message sent before it. Uses an unknown method; a MethodNotFound error is the expected answer.
     */
    async roundTrip() {
      const t = performance.now();
      try {
        await request('bench/ping', {});
      } catch (e) {
        if (e.code !== -32601 && e.code !== -32600) throw e;
      }
      return performance.now() - t;
    },
    open(uri, languageId, text, version = 1) {
      markSent(uri, version);
      notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, contentChanges) {
      markSent(uri, version);
      notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    close(uri) {
      notify('textDocument/didClose', { textDocument: { uri } });
    },
    /** Current publish sequence number (pass as afterSeq to wait for "anything after now"). */
    publishSeq: () => publishSeq,
    /** { publishes, sends }: publishDiagnostics received for `uri` vs didOpen/didChange sent. */
    counts: (uri) => ({ publishes: doc(uri).count, sends: doc(uri).sends }),
    /** All recent publishes for a uri (metadata + diagnostics), oldest first. */
    publishes: (uri) => doc(uri).publishes.slice(),
    /**
     * Resolve with the first matching publishDiagnostics for `uri` (see the header comment).
     * @returns {Promise<{diagnostics: object[], ms: number, version: number|undefined, skipped: number, seq: number}>}
     */
    waitForDiagnostics(uri, { version, predicate, requireVersion = false, afterSeq, since, timeoutMs = 120000 } = {}) {
      const d = doc(uri);
      const after = afterSeq ?? d.lastSentSeq;
      const t0 = since ?? d.lastSentAt ?? performance.now();
      let skipped = 0;
      return new Promise((resolve, reject) => {
        const w = {
          uri,
          offer(p) {
            if (p.seq <= after) return false;
            const vOk = version === undefined
              ? true
              : p.version === undefined || p.version === null
                ? !requireVersion
                : p.version === version;
            if (!vOk || (predicate && !predicate(p.diagnostics, p))) {
              skipped++;
              return false;
            }
            done();
            resolve({ diagnostics: p.diagnostics, ms: p.at - t0, version: p.version, skipped, seq: p.seq });
            return true;
          },
          fail(e) {
            done();
            reject(e);
          },
        };
        const timer = setTimeout(() => {
          done();
          const e = new Error(`timeout after ${timeoutMs} ms waiting for diagnostics of ${uri}`);
          e.timeout = true;
          e.timeoutMs = timeoutMs;
          reject(e);
        }, timeoutMs);
        function done() {
          clearTimeout(timer);
          waiters.delete(w);
        }
        // publishes that already arrived
        for (const p of d.publishes) if (w.offer(p)) return;
        if (exited) return w.fail(new Error(`server exited (${JSON.stringify(exited)})`));
        waiters.add(w);
      });
    },
    /** CPU time (user+system, all threads) the server process has used so far, ms (10 ms granularity). */
    cpuMs() {
      return procCpuMs(proc.pid);
    },
    /** VmHWM (peak RSS) and VmRSS of the server process, KiB. Read it before shutdown(). */
    memory() {
      return procMemory(proc.pid);
    },
    /** shutdown request + exit notification; kills the process if it does not exit in time. */
    async shutdown({ timeoutMs = 5000 } = {}) {
      if (exited) return exited;
      const killer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
      try {
        await Promise.race([request('shutdown', null), new Promise((r) => setTimeout(r, timeoutMs))]);
        notify('exit', null);
        proc.stdin.end();
      } catch {
        /* already gone */
      }
      const r = await exitPromise;
      clearTimeout(killer);
      return r;
    },
    /** Immediate SIGKILL (e.g. after a timeout). */
    kill() {
      if (!exited) proc.kill('SIGKILL');
      return exitPromise;
    },
    exitPromise,
  };
  return client;
}
