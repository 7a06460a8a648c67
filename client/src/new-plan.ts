/**
 * *PoC Plan: New Plan…* (`pocplan.newPlan`): asks for the customer, the PoC dates, the firewall's
 * model, type and IoT Security license (only those the license matrix allows on that type) and
 * each site's configuration pattern (quick picks with the seed article's one-line explanations),
 * then writes the plan — never over an existing file — with the CSV stubs its patterns need, and
 * opens it beside its preview. The server makes the plan (`pocplan/newPlan`, the service's
 * templates) and says what to offer (`pocplan/newPlanChoices`), in the user's language.
 *
 * Called with `{ answers, uri }` (automation, tests) it asks nothing: the answers it lacks take
 * the defaults of `pocplan init --yes`, and `uri` names the new plan; with `ask: true` it asks only
 * what `answers` leaves open, as `pocplan init` does with options. It returns the plan's uri.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { writeFileSafely, WriteRefused } from '../../server/src/node/safe-write';
import {
  NEW_PLAN_CHOICES_REQUEST, NEW_PLAN_REQUEST,
  type NewPlanAnswers, type NewPlanChoice, type NewPlanChoicesResult, type NewPlanParams, type NewPlanResult,
} from '../../server/src/protocol';
import type { ClientFeature } from './features';
import { whenRunning } from './preview';

/**
 * Arguments of a programmatic call: `answers` (what is left out takes its default, unless `ask`:
 * then the questions it leaves open are asked), `uri` the new plan (else the save dialog), `open`
 * false to write without opening it.
 */
export interface NewPlanArgs { answers?: NewPlanAnswers; ask?: boolean; uri?: vscode.Uri | string; open?: boolean }

/** The plan's language: `pocplan.language`, else VS Code's display language. */
export function uiLang(): 'en' | 'ja' {
  const set = vscode.workspace.getConfiguration('pocplan').get<string>('language');
  const l = set && set !== 'auto' ? set : vscode.env.language;
  return l.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(s: string): boolean {
  const m = ISO.exec(s.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const addDays = (s: string, n: number): string => new Date(Date.parse(`${s}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** `Osaka Plant #2` → `osaka-plant-2` (as service/init slug). */
function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

interface Pick extends vscode.QuickPickItem { id: string }
const items = (choices: readonly NewPlanChoice[]): Pick[] => choices.map((c) => ({ id: c.id, label: c.label, description: c.description !== c.label ? c.description : '', detail: c.detail }));

/** The questions `given` leaves open (all of them for the command palette); undefined when the user cancels one. */
async function ask(c: NewPlanChoicesResult, given: NewPlanAnswers = {}): Promise<NewPlanAnswers | undefined> {
  const m = (id: string, args: Record<string, string | number> = {}): string => Object.entries(args).reduce((s, [k, v]) => s.split(`{${k}}`).join(String(v)), c.messages[id] ?? id);
  // The questions speak the plan's language (`pocplan.language`), as the choices do.
  const step = (n: number): string => `${m('init.ui.title')} (${n}/7)`;
  const customer = given.customer ?? await vscode.window.showInputBox({ title: step(1), prompt: m('init.prompt.customer'), ignoreFocusOut: true, validateInput: (v) => (v.length > 200 ? m('init.error.too-long', { max: 200 }) : undefined) });
  if (customer === undefined) return undefined;
  const date = (v: string): string | undefined => (isDate(v) ? undefined : m('init.error.date', { value: v }));
  const start = given.start ?? await vscode.window.showInputBox({ title: step(2), prompt: m('init.prompt.start'), value: c.defaults.start, ignoreFocusOut: true, validateInput: date });
  if (start === undefined) return undefined;
  const end = given.end ?? await vscode.window.showInputBox({
    title: step(3), prompt: m('init.prompt.end'), value: isDate(start) ? addDays(start.trim(), 39) : '', ignoreFocusOut: true,
    validateInput: (v) => date(v) ?? (v.trim() < start.trim() ? m('init.error.end-before-start', { start: start.trim(), end: v.trim() }) : undefined),
  });
  if (end === undefined) return undefined;
  let firewallModel = given.firewallModel;
  if (firewallModel === undefined) {
    const other: Pick = { id: '', label: m('init.model.other') };
    const model = await vscode.window.showQuickPick([...c.models.map((id) => ({ id, label: id })), other], { title: step(4), placeHolder: m('init.prompt.model'), ignoreFocusOut: true });
    if (!model) return undefined;
    firewallModel = model.id || await vscode.window.showInputBox({ title: step(4), prompt: m('init.prompt.model'), ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : m('init.error.empty')) });
    if (!firewallModel) return undefined;
  }
  const firewallType = given.firewallType ?? (await vscode.window.showQuickPick(items(c.firewallTypes), { title: step(5), placeHolder: m('init.prompt.fwtype'), ignoreFocusOut: true, matchOnDetail: true }))?.id;
  if (!firewallType) return undefined;
  let licenseType = given.licenseType;
  if (licenseType === undefined) {
    const allowed = items(c.licenses[firewallType] ?? []);
    licenseType = (allowed.length === 1 ? allowed[0] : await vscode.window.showQuickPick(allowed, { title: step(6), placeHolder: m('init.prompt.license'), ignoreFocusOut: true, matchOnDetail: true }))?.id;
    if (!licenseType) return undefined;
  }
  // Sites: those given (a site without a pattern is asked for one), then more while the user adds them.
  const sites: Array<{ name: string; pattern: string }> = [];
  const pickPattern = async (name: string): Promise<string | undefined> =>
    (await vscode.window.showQuickPick(items(c.patterns), { title: step(7), placeHolder: m('init.prompt.pattern', { site: name }), ignoreFocusOut: true, matchOnDetail: true }))?.id;
  for (const s of given.sites ?? []) {
    const pattern = c.patterns.some((p) => p.id === s.pattern) ? s.pattern : await pickPattern(s.name);
    if (!pattern) return undefined;
    sites.push({ name: s.name, pattern });
  }
  for (let n = sites.length + 1; ; n++) {
    if (n > 1) {
      const more = m('init.ui.more');
      const done = m('init.ui.done');
      const next = await vscode.window.showQuickPick([done, more], { title: step(7), placeHolder: sites.map((s) => `${s.name}: ${s.pattern}`).join(', '), ignoreFocusOut: true });
      if (next === undefined) return undefined;
      if (next === done) break;
    }
    const taken = new Set(sites.map((s) => s.name.toLowerCase()));
    const name = await vscode.window.showInputBox({
      title: step(7), prompt: m('init.prompt.site', { n }), value: n === 1 ? m('init.site.default') : '', ignoreFocusOut: true,
      validateInput: (v) => (!v.trim() ? m('init.error.empty') : taken.has(v.trim().toLowerCase()) ? m('init.error.site-name', { name: v.trim() }) : v.length > 200 ? m('init.error.too-long', { max: 200 }) : undefined),
    });
    if (name === undefined) return undefined;
    const pattern = await pickPattern(name.trim());
    if (!pattern) return undefined;
    sites.push({ name: name.trim(), pattern });
  }
  return { ...given, lang: c.lang, customer: customer.trim() || undefined, start: start.trim(), end: end.trim(), firewallModel: firewallModel.trim(), firewallType, licenseType, sites };
}

/** Where the plan goes: the save dialog, in the first workspace folder, named after the customer. */
async function target(a: NewPlanAnswers): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${slug(a.customer ?? '') || 'iot-security-poc'}.pocplan.yaml`;
  const picked = await vscode.window.showSaveDialog({
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { [vscode.l10n.t('PoC plan')]: ['yaml', 'yml'] },
    saveLabel: vscode.l10n.t('Create Plan'),
    title: vscode.l10n.t('New PoC Plan'),
  });
  if (!picked) return undefined;
  // A plan is recognised by its name: `x.yaml` becomes `x.pocplan.yaml`.
  return /\.pocplan\.ya?ml$/i.test(picked.path) ? picked : picked.with({ path: picked.path.replace(/(\.ya?ml)?$/i, '.pocplan.yaml') });
}

/** Writes a file that must not exist yet (node/safe-write.ts createOnly; another file system: checked, then written). */
export async function createNew(uri: vscode.Uri, text: string): Promise<void> {
  if (uri.scheme === 'file') { writeFileSafely(uri.fsPath, text, { inputs: [], createOnly: true }); return; }
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (exists) throw new WriteRefused(`refusing to write ${uri.toString()}: it already exists (choose another name; nothing was changed)`, 'exists');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function newPlanCommand(client: () => LanguageClient | undefined, args?: NewPlanArgs): Promise<vscode.Uri | undefined> {
  const c = await whenRunning(client);
  const lang = args?.answers?.lang ?? uiLang();
  let answers = args?.answers;
  if (!answers || args?.ask) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const choices = await c.sendRequest<NewPlanChoicesResult>(NEW_PLAN_CHOICES_REQUEST, { lang, ...(folder ? { uri: vscode.Uri.joinPath(folder, 'new.pocplan.yaml').toString() } : {}) });
    answers = await ask(choices, answers);
    if (!answers) return undefined;
  }
  const uri = args?.uri ? (typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri) : await target(answers);
  if (!uri) return undefined;
  const params: NewPlanParams = { uri: uri.toString(), answers: { lang, ...answers } };
  const plan = await c.sendRequest<NewPlanResult>(NEW_PLAN_REQUEST, params);
  if (plan.problems.length) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The plan was not created: {0}', plan.problems.map((p) => p.message).join(' ')));
    return undefined;
  }
  try {
    await createNew(uri, plan.text);
    for (const f of plan.files) {
      const fu = vscode.Uri.parse(f.uri);
      await createNew(fu, f.text).catch((e: unknown) => { if (!(e instanceof WriteRefused && e.reason === 'exists')) throw e; });
    }
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The plan was not created: {0}', (e as Error)?.message ?? String(e)));
    return undefined;
  }
  if (args?.open !== false) {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('pocplan.openPreview', uri);
  }
  // What is left to fill (the example row of each CSV stub), said once the plan is open.
  if (plan.notes.length) void vscode.window.showInformationMessage(plan.notes.join(' '));
  return uri;
}

export const newPlanFeature: ClientFeature = (context, client) => {
  context.subscriptions.push(vscode.commands.registerCommand('pocplan.newPlan', (args?: NewPlanArgs) => newPlanCommand(client, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : undefined)));
};
