/**
 * The PAN-OS bridge's requests between the VS Code client and the server: *Import Firewall
 * Configuration…* and *Export Firewall Configuration…*. Plain types only, so the client can import
 * this file without pulling in the server.
 */

export const IMPORT_PANOS_REQUEST = 'pocplan/importPanos';
export const EXPORT_PANOS_REQUEST = 'pocplan/exportPanos';

export interface ImportPanosParams {
  /** The open plan to insert into. */
  uri: string;
  /** The editor's document version the client saw; the server waits (briefly) until it has it. */
  version?: number;
  /** The configuration file (a `file:` uri). */
  configUri: string;
}

export interface LspTextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }

export interface ImportPanosResult {
  /** Edits of the plan (empty when the file could not be read: see `problem`). */
  edits: LspTextEdit[];
  /** Firewalls added, and firewalls the plan already had (updated in place). */
  added: string[];
  updated: string[];
  /** What the import could not bring, in the editor's language. */
  notes: string[];
  /** Why nothing was imported (the file is unreadable, malformed with its line, not a configuration). */
  problem?: string;
}

export interface ExportPanosParams {
  uri: string;
  version?: number;
  format: 'set' | 'xml';
  /** One firewall; all of them for `set` when absent (`xml` needs one: see `reason`). */
  firewall?: string;
  /** Export even when the plan has errors. */
  force?: boolean;
}

export interface ExportPanosResult {
  /** The configuration text, when exported. */
  text?: string;
  /** Errors the plan has. */
  errors: number;
  /** The plan's firewall ids. */
  firewalls: string[];
  /** Why nothing was exported. */
  reason?: 'errors' | 'unknown-firewall' | 'xml-needs-one' | 'no-firewalls';
}
