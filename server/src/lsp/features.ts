/**
 * Editing features beyond diagnostics (completion, hover, code actions, navigation, preview).
 * Each lives in its own file under lsp/ and is listed here.
 */
import { calendarFeature } from './calendar';
import { codeActionsFeature } from './code-actions';
import { completionFeature } from './completion';
import type { Feature } from './context';
import { hoverFeature } from './hover';
import { inlayFeature } from './inlay';
import { navigationFeature } from './navigation';
import { newPlanFeature } from './new-plan';
import { panosFeature } from './panos';
import { previewFeature } from './preview';
import { symbolsFeature } from './symbols';

export const FEATURES: readonly Feature[] = [
  completionFeature,
  hoverFeature,
  codeActionsFeature,
  symbolsFeature,
  navigationFeature,
  inlayFeature,
  previewFeature,
  calendarFeature,
  newPlanFeature,
  panosFeature,
];
