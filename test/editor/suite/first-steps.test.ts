/**
 * First steps in real VS Code (issue #15): *New Plan…* writes a plan that checks clean and opens
 * it beside its preview; *Export Deadlines to Calendar…* writes the .ics; the walkthrough is
 * contributed and opens. The pictures of the walkthrough come from here (scripts/images/readme-screenshots.mjs).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, closeAllEditors, codeOf, fixture, openAndWaitForCodes, pocplanDiagnostics, screenshot, waitFor, workspaceRoot, type Api } from '../util';

const webviewTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);

function remove(...uris: vscode.Uri[]): void {
  for (const u of uris) fs.rmSync(u.fsPath, { force: true });
}

describe('first steps: New Plan, calendar export, walkthrough', () => {
  let ext: vscode.Extension<Api>;
  before(async () => { ({ ext } = await activate()); });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  it('New Plan with its answers as an argument writes a plan that checks clean, with its CSV stub, beside its preview', async () => {
    const plan = fixture('examples', 'first-steps-new.pocplan.yaml');
    const csv = fixture('examples', 'lab-iot.csv');
    remove(plan, csv);
    try {
      const before = webviewTabs().length;
      const answers = { customer: 'Example Editor', start: '2027-01-11', end: '2027-02-19', sites: [{ name: 'Osaka plant', pattern: '2' }, { name: 'Lab', pattern: '5-1' }] };
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocplan.newPlan', { answers, uri: plan.toString() });
      assert.equal(made?.toString(), plan.toString());
      assert.ok(fs.existsSync(csv.fsPath), 'the CSV stub of pattern 5-1 is written next to the plan');
      const { editor } = await openAndWaitForCodes(plan, []);
      // Pattern 2's tap reads broadcast DHCP through DHCP Broadcast Session: only its day-1 check, an info.
      assert.deepEqual(pocplanDiagnostics(plan).map(codeOf), ['identity.tap-broadcast-session'], 'no error or warning; one info');
      assert.match(editor.document.getText(), /^title: Example Editor IoT Security PoC$/m);
      const tab = await waitFor('the preview beside the new plan', () => webviewTabs().length > before && webviewTabs().at(-1), {
        events: [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>],
      });
      assert.ok(tab.label.includes('first-steps-new'), tab.label);
      // Never over a file: a second run refuses and leaves the plan as it was.
      const text = fs.readFileSync(plan.fsPath, 'utf8');
      const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocplan.newPlan', { answers: { ...answers, customer: 'Other' }, uri: plan.toString(), open: false });
      assert.equal(again, undefined);
      assert.equal(fs.readFileSync(plan.fsPath, 'utf8'), text);
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      remove(plan, csv);
    }
  });

  it('New Plan asks for what it is not told: the site\'s configuration pattern, with the article\'s explanations', async () => {
    const plan = fixture('examples', 'first-steps-asked.pocplan.yaml');
    remove(plan);
    const answers = { customer: 'Example Manufacturing', start: '2027-01-11', end: '2027-02-19', firewallModel: 'PA-440', firewallType: 'prod', licenseType: 'trial', sites: [{ name: 'Osaka plant', pattern: '' }] };
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('pocplan.newPlan', { answers, ask: true, uri: plan.toString(), open: false });
    try {
      // The pattern quick pick is the first thing it shows: the walkthrough's picture.
      await screenshot('new-plan-patterns', 1500, { keepWelcome: true });
      // Take pattern 1 and "Done"; accept until the plan is written (each prompt opens a moment after the last).
      await waitFor('the plan to be written', async () => {
        if (fs.existsSync(plan.fsPath) && fs.statSync(plan.fsPath).size > 0) return true;
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await new Promise((r) => setTimeout(r, 150));
        return false;
      });
      assert.equal((await running)?.toString(), plan.toString());
      assert.match(fs.readFileSync(plan.fsPath, 'utf8'), /method: inline-arp-dhcp/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await running.then(undefined, () => undefined);
      remove(plan);
    }
  });

  it('New Plan in Japanese (pocplan.language = ja): 構成案 with the article\'s explanations, a Japanese plan', async () => {
    const plan = fixture('examples', 'first-steps-ja.pocplan.yaml');
    remove(plan);
    const config = vscode.workspace.getConfiguration('pocplan');
    const previous = config.inspect<string>('language')?.workspaceValue;
    const settingsDir = vscode.Uri.joinPath(workspaceRoot(), '.vscode');
    const hadSettingsDir = fs.existsSync(settingsDir.fsPath);
    await config.update('language', 'ja', vscode.ConfigurationTarget.Workspace);
    const answers = { customer: 'サンプル製造', start: '2027-01-11', end: '2027-02-19', firewallModel: 'PA-440', firewallType: 'prod', licenseType: 'trial', sites: [{ name: '大阪工場', pattern: '' }] };
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('pocplan.newPlan', { answers, ask: true, uri: plan.toString(), open: false });
    try {
      await screenshot('new-plan-patterns-ja', 1500, { keepWelcome: true });
      await waitFor('the plan to be written', async () => {
        if (fs.existsSync(plan.fsPath) && fs.statSync(plan.fsPath).size > 0) return true;
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await new Promise((r) => setTimeout(r, 150));
        return false;
      });
      assert.equal((await running)?.toString(), plan.toString());
      const text = fs.readFileSync(plan.fsPath, 'utf8');
      assert.match(text, /^title: サンプル製造 IoT Security PoC$/m);
      assert.match(text, /^locale: ja$/m);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await running.then(undefined, () => undefined);
      await config.update('language', previous, vscode.ConfigurationTarget.Workspace);
      if (!hadSettingsDir) fs.rmSync(settingsDir.fsPath, { recursive: true, force: true });
      remove(plan);
    }
  });

  it('Export Deadlines to Calendar writes the plan\'s deadlines as an .ics where it is told', async () => {
    const uri = fixture('examples', 'pattern-1-inline.pocplan.yaml');
    await openAndWaitForCodes(uri, []);
    const target = fixture('examples', 'pattern-1-inline.ics');
    remove(target);
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocplan.exportCalendar', uri, { target });
      assert.equal(written?.toString(), target.toString());
      const ics = fs.readFileSync(target.fsPath, 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
      assert.equal(ics.match(/BEGIN:VEVENT\r\n/g)?.length, 6);
      assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270111\r\n/);
      assert.match(ics, /\r\nUID:tenant-deadline\.[0-9a-f]{14}@iot-security-poc-planner\.pocplan\r\n/);
      assert.match(ics, /\r\nTRIGGER:-P6DT15H\r\n/);
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      remove(target);
    }
  });

  it('the light bulb on a segment without identity and traffic offers the six patterns', async () => {
    const uri = fixture('examples', 'first-steps-pattern.pocplan.yaml');
    const text = fs.readFileSync(fixture('examples', 'pattern-1-inline.pocplan.yaml').fsPath, 'utf8')
      + '      - id: cameras\n        subnet: 10.20.30.0/24\n        addressing: dhcp\n';
    fs.writeFileSync(uri.fsPath, text);
    try {
      const { editor } = await openAndWaitForCodes(uri, ['segment.identity-missing', 'segment.traffic-missing']);
      const at = editor.document.positionAt(text.indexOf('id: cameras') + 4);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at, at), vscode.CodeActionKind.Refactor.value);
      const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Configure as pattern'));
      assert.equal(titles.length, 6, titles.join(' | '));
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.refactor');
      await screenshot('pattern-actions', 800);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      remove(uri);
    }
  });

  it('the walkthrough is contributed with six steps whose pictures ship, and opens', async () => {
    const walkthroughs = (ext.packageJSON.contributes as { walkthroughs?: Array<{ id: string; steps: Array<{ id: string; media: { image: string } }> }> }).walkthroughs ?? [];
    const w = walkthroughs.find((x) => x.id === 'firstSteps');
    assert.ok(w, 'contributes.walkthroughs has firstSteps');
    assert.deepEqual(w.steps.map((s) => s.id), ['newPlan', 'finding', 'quickFix', 'pattern', 'preview', 'export']);
    for (const s of w.steps) assert.ok(fs.existsSync(vscode.Uri.joinPath(ext.extensionUri, s.media.image).fsPath), s.media.image);
    const tabsBefore = vscode.window.tabGroups.all.flatMap((g) => g.tabs).length;
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${ext.id}#firstSteps`, false);
    await waitFor('the walkthrough to open', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).length > tabsBefore, {
      events: [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>],
    });
    await screenshot('walkthrough', 2000, { keepWelcome: true });
  });
});
