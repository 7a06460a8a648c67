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
  /** The deadlines calendar: reminders on or off, and how many days before (0–365). */
  calendar?: { reminders?: boolean; remindDays?: number };
}

export interface InitializationOptions {
  /** VS Code's display language (`vscode.env.language`), when the client knows it. */
  displayLanguage?: string;
}

export const SETTINGS_SECTION = 'pocplan';

/**
 * `pocplan/calendar`: the plan's deadlines as an RFC 5545 calendar (*Export Deadlines to
 * Calendar…*). The client writes the file; the server only makes the text.
 */
export const CALENDAR_REQUEST = 'pocplan/calendar';

export interface CalendarParams {
  uri: string;
  /** The editor's document version; the server waits briefly until it has it. */
  version?: number;
  /** Overrides the plan's `locale:`. */
  lang?: 'en' | 'ja';
  /** Overrides the `pocplan.calendar` settings: days before each deadline (0–365), or null for none. */
  remindDays?: number | null;
}

export interface CalendarResult {
  uri: string;
  version: number | undefined;
  /** The .ics file. */
  text: string;
  events: Array<{ uid: string; date: string; kind: string; summary: string; firewall?: string }>;
  /** What is not in the calendar and why, as sentences in the calendar's language. */
  skipped: string[];
  /** Errors in the plan (the export asks before exporting deadlines from a plan with errors). */
  errors: number;
  lang: 'en' | 'ja';
}

/** `pocplan/newPlanChoices`: what *New Plan…* offers, in the user's language. */
export const NEW_PLAN_CHOICES_REQUEST = 'pocplan/newPlanChoices';

export interface NewPlanChoicesParams {
  lang: 'en' | 'ja';
  /** Where the plan will go: its folder's `.pocplanrc.yaml` and settings pick the license-matrix reading. */
  uri?: string;
}

export interface NewPlanChoice { id: string; label: string; description: string; detail: string }

export interface NewPlanChoicesResult {
  lang: 'en' | 'ja';
  reading: string;
  patterns: NewPlanChoice[];
  firewallTypes: NewPlanChoice[];
  /** Per firewall type, the license types the reading allows on it. */
  licenses: Record<string, NewPlanChoice[]>;
  models: string[];
  /** The default answers (dates start from today). */
  defaults: NewPlanAnswers;
  /** Prompts, errors and results (`init.*` messages) in `lang`. */
  messages: Record<string, string>;
}

/** The answers of *New Plan…*; what is left out takes its default (as `pocplan init --yes`). */
export interface NewPlanAnswers {
  lang?: 'en' | 'ja';
  customer?: string;
  title?: string;
  start?: string;
  end?: string;
  observationDays?: number;
  firewallModel?: string;
  firewallType?: string;
  licenseType?: string;
  sites?: Array<{ name: string; pattern: string }>;
  tenantName?: string;
  region?: string;
  keepTenant?: boolean;
  prodLicenseDate?: string;
}

/** `pocplan/newPlan`: the text of a new plan for `uri` and the files it needs (the client writes them). */
export const NEW_PLAN_REQUEST = 'pocplan/newPlan';

export interface NewPlanParams { uri: string; answers: NewPlanAnswers }

export interface NewPlanResult {
  /** Empty when the answers have problems (then `problems` says which). */
  text: string;
  files: Array<{ uri: string; text: string }>;
  problems: Array<{ field: string; message: string }>;
  /** The new plan's findings once its files exist (a new plan has none). */
  counts: { errors: number; warnings: number; infos: number };
  /** What is left to fill, as sentences in the plan's language (e.g. the example row of a CSV stub). */
  notes: string[];
}

