import { isBidiControl } from '../guards';
import type { FixProvider } from './types';
import { record, str } from './util';

/**
 * `yaml.bidi-control` → delete the one invisible character the diagnostic covers. Checked against
 * the text (the diagnostic may be older than the plan), so only ever that control is removed; the
 * one unambiguous fix, so *Fix all* takes it.
 */
export const yamlBidiControlFix: FixProvider = {
  codes: ['yaml.bidi-control'],
  fixes(d, ctx) {
    const text = ctx.plan.text;
    if (d.end !== d.start + 1 || !isBidiControl(text[d.start])) return [];
    const char = str(record(d.data).char) ?? `U+${text.charCodeAt(d.start).toString(16).toUpperCase()}`;
    return [{ title: ctx.t('action.bidi.remove', { char }), edit: { edits: [{ start: d.start, end: d.end, newText: '' }] }, preferred: true, safe: true }];
  },
};
