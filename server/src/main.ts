/**
 * Server entry point (bundled to dist/server.js). `--stdio` for any LSP client, `--node-ipc` for
 * the VS Code client; vscode-languageserver picks the transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// `process.env` is backed by the runtime: every read calls out of JavaScript, and the yaml
// library's parser reads `process.env.LOG_TOKENS` once per token (about a quarter of a warm
// parse). The server only reads its environment, so a plain copy answers the same, fast.
process.env = { ...process.env };

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => { connection.console.error(`pocplan: uncaught ${e?.stack ?? e}`); });
process.on('unhandledRejection', (e) => { connection.console.error(`pocplan: unhandled ${String((e as Error)?.stack ?? e)}`); });
startServer(connection);
