/** `pocplan export <kind> …` (export-ics.ts, export-panos.ts). Every exporter writes through node/safe-write.ts. */
import { kindCommand } from './kinds';

/** Adds `pocplan export <kind>`; `usage` is the full usage line of that kind. */
export const registerExport = kindCommand('export', 'PLAN');
