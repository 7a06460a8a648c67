/**
 * The document's *Configuration* section: per firewall, the set commands `pocplan export panos`
 * gives (panos/), with their comments in the document's language. The text is data for the
 * writers, which escape it like every plan string (it holds plan names).
 */
import type { Lang } from '../l10n';
import type { PlanModel } from '../model';
import { exportFirewall, firewallSet } from '../panos';
import type { LineIndex } from '../text';

export interface ConfigDoc { id: string | undefined; line: number; text: string }

export function configurationDocs(plan: PlanModel, lang: Lang, planFile: string, lines: LineIndex): ConfigDoc[] {
  return plan.firewalls.map((fw) => ({ id: fw.id, line: lines.lineAt(fw.map.start), text: firewallSet(exportFirewall(plan, fw), { lang, plan: planFile }) }));
}
