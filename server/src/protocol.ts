/**
 * Custom requests and settings shared by the server and the VS Code client. Plain types only, so
 * the client can import this file without pulling in the server.
 */

/** The `pocplan.*` settings as the client sends them. `auto` defers to `.pocplanrc.yaml`, then defaults. */
export interface ClientSettings {
  language?: 'auto' | 'en' | 'ja';
  licenseMatrix?: 'auto' | 'strict' | 'device-associations';
  profile?: 'auto' | 'default' | 'strict';
  rules?: Record<string, string>;
}

export interface InitializationOptions {
  /** VS Code's display language (`vscode.env.language`), when the client knows it. */
  displayLanguage?: string;
}

export const SETTINGS_SECTION = 'pocplan';
