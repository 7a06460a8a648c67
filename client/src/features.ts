/** Client-side features (preview, export, …), each in its own module, listed here. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { calendarFeature } from './calendar';
import { exportFeature } from './export';
import { newPlanFeature } from './new-plan';
import { panosFeature } from './panos';
import { previewFeature } from './preview';

export type ClientFeature = (context: vscode.ExtensionContext, client: () => LanguageClient | undefined) => void;

export const CLIENT_FEATURES: readonly ClientFeature[] = [previewFeature, exportFeature, calendarFeature, newPlanFeature, panosFeature];
