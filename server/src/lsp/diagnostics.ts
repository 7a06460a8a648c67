/**
 * Live diagnostics: every open plan is checked when it opens or changes, when settings change and
 * when a CSV or `.pocplanrc.yaml` changes. Checks are coalesced: a burst of changes that arrives
 * while one is queued costs one check of the latest text, and the first change is checked at once
 * (no debounce delay). Results carry the document version and are dropped when stale.
 */
import * as path from 'node:path';
import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { CheckResult } from '../service';
import { RC_FILE, parseRcFile } from '../service';
import { uriToPath } from '../node/host';
import { collectAfterLargeCheck, collectBeforeLargeCheck } from '../node/memory';
import { isPlanUri, type Feature } from './context';
import { toLspDiagnostic } from './convert';

export interface DiagnosticsApi {
  /** The last check of an open plan (for code actions, hovers and the preview). */
  lastResult(uri: string): CheckResult | undefined;
  /** Checks now and returns the result (the preview uses this). */
  checkNow(uri: string): Promise<CheckResult | undefined>;
}

export const diagnosticsApi: { current?: DiagnosticsApi } = {};

export const diagnosticsFeature: Feature = {
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false } },
  register(ctx) {
    const queued = new Set<string>();
    const results = new Map<string, CheckResult>();
    /** CSV uris each plan published diagnostics to, so they can be cleared. */
    const csvOf = new Map<string, Set<string>>();

    const publishCsv = (planUri: string, r: CheckResult): void => {
      const before = csvOf.get(planUri) ?? new Set<string>();
      const now = new Set<string>();
      for (const [csvUri, diags] of r.csvDiagnostics) {
        now.add(csvUri);
        // Merge with other open plans that reference the same CSV.
        const merged = [...diags];
        for (const [other, set] of csvOf) if (other !== planUri && set.has(csvUri)) merged.push(...(results.get(other)?.csvDiagnostics.get(csvUri) ?? []));
        void ctx.connection.sendDiagnostics({ uri: csvUri, diagnostics: dedupe(merged).map(toLspDiagnostic) });
      }
      for (const old of before) if (!now.has(old) && ![...csvOf].some(([o, s]) => o !== planUri && s.has(old))) void ctx.connection.sendDiagnostics({ uri: old, diagnostics: [] });
      csvOf.set(planUri, now);
    };

    const run = async (uri: string): Promise<CheckResult | undefined> => {
      const doc = ctx.documents.get(uri);
      if (!doc) return undefined;
      const version = doc.version;
      const settings = await ctx.settingsFor(uri);
      const current = ctx.documents.get(uri);
      if (!current || current.version !== version) return undefined; // a newer check is queued
      let r: CheckResult;
      try {
        const text = current.getText();
        // A first check parses in full: for a huge plan, start it on a collected heap (node/memory.ts).
        if (!results.has(uri)) collectBeforeLargeCheck(text.length);
        r = ctx.service.check(uri, text, settings);
      } catch (e) {
        ctx.log(`pocplan: check failed for ${uri}: ${(e as Error)?.stack ?? e}`);
        return undefined;
      }
      results.set(uri, r);
      void ctx.connection.sendDiagnostics({ uri, version, diagnostics: r.diagnostics.map(toLspDiagnostic) });
      publishCsv(uri, r);
      // Once the diagnostics are out, and only if no newer check waits: see node/memory.ts.
      const length = current.getText().length;
      setImmediate(() => { if (!queued.size) collectAfterLargeCheck(length); });
      return r;
    };

    const schedule = (uri: string): void => {
      if (queued.has(uri)) return; // the queued check will read the latest text
      queued.add(uri);
      setImmediate(() => {
        queued.delete(uri);
        void run(uri);
      });
    };

    const recheckAll = (): void => {
      for (const d of ctx.documents.all()) if (isPlanUri(d.uri)) schedule(d.uri);
    };

    // The rc file's problems in the user's language (the settings of the folder it lives in).
    const checkRcFile = (uri: string, text: string): void => {
      void ctx.settingsFor(uri).then((s) => s.lang, () => 'en' as const).then((lang) => {
        const { problems } = parseRcFile(text, lang);
        return ctx.connection.sendDiagnostics({
          uri,
          diagnostics: problems.map((p) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, code: 'config.invalid', source: 'pocplan', message: p })),
        });
      });
    };

    ctx.documents.onDidOpen((e) => {
      if (isPlanUri(e.document.uri)) schedule(e.document.uri);
      else if (e.document.uri.endsWith('.csv')) recheckAll();
      else if (e.document.uri.endsWith(RC_FILE)) checkRcFile(e.document.uri, e.document.getText());
    });
    ctx.documents.onDidChangeContent((e) => {
      if (isPlanUri(e.document.uri)) schedule(e.document.uri);
      else if (e.document.uri.endsWith('.csv')) {
        for (const [plan, set] of csvOf) if (set.has(e.document.uri)) schedule(plan);
      } else if (e.document.uri.endsWith(RC_FILE)) { ctx.settingsChanged(); checkRcFile(e.document.uri, e.document.getText()); }
    });
    ctx.documents.onDidClose((e) => {
      const uri = e.document.uri;
      if (!isPlanUri(uri)) { if (uri.endsWith('.csv')) recheckAll(); return; }
      results.delete(uri);
      ctx.service.forget(uri);
      void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      const csvs = csvOf.get(uri);
      csvOf.delete(uri);
      for (const c of csvs ?? []) if (![...csvOf.values()].some((s) => s.has(c))) void ctx.connection.sendDiagnostics({ uri: c, diagnostics: [] });
    });
    ctx.connection.onDidChangeConfiguration(() => { ctx.settingsChanged(); });
    ctx.onSettingsChanged(recheckAll);
    ctx.connection.onDidChangeWatchedFiles((e) => {
      if (e.changes.some((c) => c.uri.endsWith(RC_FILE) || path.basename(uriToPath(c.uri) ?? '') === RC_FILE)) ctx.settingsChanged();
      else recheckAll();
    });

    diagnosticsApi.current = { lastResult: (uri) => results.get(uri), checkNow: (uri) => run(uri) };
  },
};

function dedupe<T extends { code: string; start: number; end: number; message: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((d) => { const k = `${d.code}|${d.start}|${d.end}|${d.message}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
