/** `pocplan import <kind> …` (import-panos.ts). Every importer writes through node/safe-write.ts, and only with `-o`. */
import { kindCommand } from './kinds';

/** Adds `pocplan import <kind>`; `usage` is the full usage line of that kind. */
export const registerImport = kindCommand('import', 'FILE');
