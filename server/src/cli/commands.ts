/** Registers the subcommands that live outside main.ts (each area adds its import here). */
import './render';
import './export';
import './export-ics';
import './init';
import './import';
import './import-panos';
import './export-panos';

export {};
