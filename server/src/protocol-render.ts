/**
 * The `pocplan/render` request: the plan document for an open (or on-disk) plan, as the preview
 * webview and "Export Plan Document" need it. Plain types only, so the client can import this file
 * without pulling in the server.
 */

export const RENDER_REQUEST = 'pocplan/render';

export interface RenderParams {
  uri: string;
  /** The editor's document version the client saw; the server waits (briefly) until it has it. */
  version?: number;
  format: 'md' | 'html';
  /** Overrides the document language (otherwise the plan's `locale:`, else English). */
  lang?: 'en' | 'ja';
  /** For the preview webview: CSP with these, `data-line` places and the click-to-line script. */
  preview?: { nonce: string; cspSource: string };
}

export interface RenderResult {
  uri: string;
  /** The document version rendered (undefined when the plan was read from disk). */
  version: number | undefined;
  /** The whole document (HTML or Markdown). */
  text: string;
  /** HTML only: the inside of `<main id="doc">`, which the preview swaps in place to keep its scroll position. */
  body: string;
  lang: 'en' | 'ja';
}
