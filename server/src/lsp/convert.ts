/** Service diagnostics -> LSP diagnostics: the one place the outside shape is made. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { PlanDiagnostic } from '../service';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

export function toLspDiagnostic(d: PlanDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: d.href },
    source: 'pocplan',
    message: d.message,
    ...(d.related.length ? { relatedInformation: d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) } : {}),
    ...(d.code === 'suppression.unused' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(d.data !== undefined ? { data: d.data } : {}),
  };
}
