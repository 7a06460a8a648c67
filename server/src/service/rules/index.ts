/**
 * Every domain rule, in one list. Add a rule: write rules/<code>.ts, add it here, add its
 * messages to l10n/{en,ja}/rules.json and its page to docs/rules/<code>.md (CONTRIBUTING.md).
 */
import { identityCsvRequiresStatic } from './identity-csv-requires-static';
import { licenseIncompatible } from './license-incompatible';
import { trafficTapEnforcement } from './traffic-tap-enforcement';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  licenseIncompatible,
  trafficTapEnforcement,
  identityCsvRequiresStatic,
];
