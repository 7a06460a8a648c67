#!/usr/bin/env node
// The LSP floor: a do-nothing language server that, on every didOpen/didChange, parses the
// document to a CST with `yaml`'s Parser and publishes an empty, versioned diagnostics list
// immediately (no debounce). Same stack as a typical server (vscode-languageserver over stdio,
// TextDocuments with incremental sync), so it measures transport + JSON framing + document
// bookkeeping + the CST floor. Nothing a real server does can be faster than this on stdio.
//
//   node bench/floor-server.mjs --stdio        (driven by bench/run.mjs; languageId: any)
//
// It also exercises run.mjs's "versioned publishes" path before dist/server.js exists.

import { createRequire } from 'node:module';
import { Parser } from 'yaml';

// The same plain copy of the environment our server and CLI make (server/src/main.ts): the yaml
// parser reads process.env.LOG_TOKENS once per token, and a floor should not pay for that.
process.env = { ...process.env };

const require = createRequire(import.meta.url);
const { createConnection, TextDocuments, TextDocumentSyncKind, ProposedFeatures } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  serverInfo: { name: 'pocplan-bench-floor', version: '1' },
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
}));

function check(doc) {
  let n = 0;
  for (const tok of new Parser().parse(doc.getText())) if (tok) n++;
  connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
  return n;
}

documents.onDidChangeContent((e) => check(e.document));
documents.onDidClose((e) => connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
documents.listen(connection);
connection.listen();
