/**
 * Editing features beyond diagnostics (completion, hover, code actions, navigation, preview).
 * Each lives in its own file under lsp/ and is listed here.
 */
import type { Feature } from './context';

export const FEATURES: readonly Feature[] = [];
