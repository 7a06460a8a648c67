/**
 * A small LSP client for a REAL server process over stdio: spawns `node dist/server.js --stdio`,
 * frames JSON-RPC with Content-Length headers itself (so the wire format is tested too), answers
 * the server's own requests, and waits for notifications with deadlines — never a fixed sleep.
 *
 *   const c = StdioClient.start({ rootUri });
 *   await c.initialize();
 *   c.open(uri, text);
 *   const p = await c.waitForDiagnostics(uri, { version: 1, timeoutMs: 1000 });
 *   c.memory();                 // VmRSS / VmHWM of the server process, from /proc
 *   await c.shutdown();         // shutdown request, exit notification, process exit
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SERVER_JS = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  message: string;
  source?: string;
  data?: unknown;
}
export interface PublishParams { uri: string; version?: number; diagnostics: LspDiagnostic[] }

interface Pending { resolve(v: unknown): void; reject(e: Error): void; timer: NodeJS.Timeout; method: string }
interface Waiter { accept(msg: { method: string; params: unknown }): boolean; resolve(v: unknown): void; reject(e: Error): void; timer: NodeJS.Timeout }

export interface StartOptions {
  /** Server script (default dist/server.js). */
  server?: string;
  /** Extra node flags, e.g. ['--require', preload]. */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Answer to workspace/configuration for section `pocplan`. */
  settings?: Record<string, unknown>;
}

export class StdioClient {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Every notification received, oldest first (publishDiagnostics included). */
  readonly notifications: Array<{ method: string; params: unknown; at: number }> = [];
  stderr = '';
  /** Framing problems seen on the server's stdout (must stay empty). */
  readonly protocolErrors: string[] = [];
  exitCode: number | null | undefined;
  private buf: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private readonly exited: Promise<void>;

  static start(opts: StartOptions = {}): StdioClient {
    return new StdioClient(opts);
  }

  private constructor(private readonly opts: StartOptions) {
    this.proc = spawn(process.execPath, [...(opts.execArgv ?? []), opts.server ?? SERVER_JS, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env, cwd: opts.cwd,
    });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    this.proc.stdin.on('error', () => { /* the server died; pending requests fail on exit */ });
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code) => {
        this.exitCode = code;
        const err = new Error(`server exited (code ${code}); stderr: ${this.stderr.slice(-2000)}`);
        for (const p of this.pending.values()) { clearTimeout(p.timer); p.reject(err); }
        this.pending.clear();
        for (const w of this.waiters) { clearTimeout(w.timer); w.reject(err); }
        this.waiters = [];
        resolve();
      });
    });
  }

  get pid(): number { return this.proc.pid!; }

  private send(msg: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const header = this.buf.subarray(0, sep).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) {
        // Anything else on stdout breaks the protocol (a stray console.log in the server): fail loudly.
        this.protocolErrors.push(`bad header ${JSON.stringify(header.slice(0, 200))}`);
        this.buf = this.buf.subarray(sep + 4);
        continue;
      }
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const body = this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(sep + 4 + len);
      this.onMessage(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private onMessage(msg: Record<string, unknown>): void {
    if (typeof msg.method === 'string' && msg.id !== undefined) { this.answer(msg.id as number, msg.method, msg.params); return; }
    if (typeof msg.method === 'string') {
      const n = { method: msg.method, params: msg.params, at: Date.now() };
      this.notifications.push(n);
      this.waiters = this.waiters.filter((w) => {
        if (!w.accept(n)) return true;
        clearTimeout(w.timer);
        w.resolve(n.params);
        return false;
      });
      return;
    }
    const p = this.pending.get(msg.id as number);
    if (!p) return;
    this.pending.delete(msg.id as number);
    clearTimeout(p.timer);
    if (msg.error) p.reject(new Error(`${p.method} failed: ${JSON.stringify(msg.error)}`));
    else p.resolve(msg.result);
  }

  /** Requests from the server: configuration gets the settings, everything else a null result. */
  private answer(id: number, method: string, params: unknown): void {
    if (method === 'workspace/configuration') {
      const items = ((params as { items?: Array<{ section?: string }> })?.items ?? []);
      this.send({ id, result: items.map((i) => (i.section === 'pocplan' ? (this.opts.settings ?? {}) : null)) });
    } else this.send({ id, result: null });
  }

  request<R = unknown>(method: string, params: unknown, timeoutMs = 10_000): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`${method}: no answer within ${timeoutMs} ms`)); }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer, method });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification, received from now on, that `accept` takes. */
  waitFor<T>(method: string, accept: (params: T) => boolean, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({ accept: (n) => n.method === method && accept(n.params as T), resolve: resolve as (v: unknown) => void, reject, timer });
    });
  }

  async initialize(rootUri: string | null = null, capabilities: Record<string, unknown> = { workspace: { configuration: true, workspaceFolders: true } }): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid, rootUri, capabilities, locale: 'en',
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    });
    this.notify('initialized', {});
    return r;
  }

  open(uri: string, text: string, version = 1, languageId = 'pocplan'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, text: string, version: number): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The first publishDiagnostics for `uri` (with `version` when given) that arrives from now on. */
  waitForDiagnostics(uri: string, opts: { version?: number; timeoutMs?: number } = {}): Promise<PublishParams> {
    return this.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && (opts.version === undefined || p.version === opts.version), opts.timeoutMs ?? 5000);
  }

  /** Opens `text` and waits for its diagnostics; `ms` is from just before the write to the publish. */
  async openAndWait(uri: string, text: string, timeoutMs: number): Promise<PublishParams & { ms: number }> {
    const wait = this.waitForDiagnostics(uri, { version: 1, timeoutMs });
    const t0 = performance.now();
    this.open(uri, text);
    const p = await wait;
    return { ...p, ms: performance.now() - t0 };
  }

  /** VmRSS and VmHWM (peak) of the server process in MB, from /proc (undefined off Linux). */
  memory(): { rssMB: number; hwmMB: number } | undefined {
    try {
      const s = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (k: string): number => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }

  /** `shutdown` (must be answered), then `exit`; resolves when the process is gone. */
  async shutdown(timeoutMs = 5000): Promise<void> {
    await this.request('shutdown', null, timeoutMs);
    this.notify('exit', null);
    await this.waitExit(timeoutMs);
  }

  async waitExit(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise<void>((_, reject) => { timer = setTimeout(() => reject(new Error(`server still running after ${timeoutMs} ms`)), timeoutMs); })]);
    clearTimeout(timer);
  }

  /** Kills the process (tests' cleanup); safe to call twice. */
  kill(): void {
    if (this.exitCode === undefined) this.proc.kill('SIGKILL');
  }
}
