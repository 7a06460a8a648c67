/**
 * JSON-schema validation with ajv, mapped onto the tree: a missing key on its parent's key, an
 * unknown key on that key, a wrong value on the value. One finding per problem, `oneOf`/`anyOf`
 * narrowed to the closest branch, and "did you mean" for near-miss keys and enum values.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schemaJson from '../../../schemas/pocplan.schema.json';
import type { Finding } from './diagnostics';
import { closest } from './suggest';
import { asMap, nodeAtPath, toJS, type YNode } from './tree';
import { parseVersion } from './version';

export const planSchema: Record<string, unknown> = schemaJson as Record<string, unknown>;

/** Keywords the schema carries for editors and the Japanese UI; ajv only needs to know them. */
const ANNOTATIONS = ['x-title-ja', 'x-description-ja', 'x-enum-descriptions-ja', 'enumDescriptions', 'markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets', 'x-doc'];

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, strictRequired: false });
  addFormats(ajv, ['date', 'ipv4']);
  // Subnets are checked semantically by the `subnet.invalid` rule, so the schema format accepts any text.
  ajv.addFormat('cidr-v4', { type: 'string', validate: () => true });
  ajv.addFormat('panos-version', { type: 'string', validate: (s: string) => parseVersion(s) !== undefined });
  for (const k of ANNOTATIONS) ajv.addKeyword(k);
  validator = ajv.compile(planSchema);
  return validator;
}

type Path = Array<string | number>;

function decodePath(instancePath: string, data: unknown): Path {
  if (!instancePath) return [];
  const out: Path = [];
  let cur: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) { const i = Number(seg); out.push(i); cur = cur[i]; }
    else { out.push(seg); cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined; }
  }
  return out;
}

/** `iotLicense.type`: the last one or two key names of a path, for messages. */
function label(path: Path, extra?: string): string {
  const keys = [...path, ...(extra ? [extra] : [])].filter((p): p is string => typeof p === 'string');
  return keys.slice(-2).join('.');
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** Drop `if` wrappers and, for `oneOf`/`anyOf`, keep only the branch with the fewest errors. */
function narrow(errors: ErrorObject[]): ErrorObject[] {
  let errs = errors.filter((e) => e.keyword !== 'if');
  const combinators = errs.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  for (const c of combinators) {
    const prefix = c.schemaPath + '/';
    const inside = errs.filter((e) => e !== c && e.schemaPath.startsWith(prefix));
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      (byBranch.get(branch) ?? byBranch.set(branch, []).get(branch)!).push(e);
    }
    let best: ErrorObject[] | undefined;
    for (const list of byBranch.values()) {
      // Prefer the branch that got furthest into the data, then the one with the fewest errors.
      const depth = Math.max(...list.map((e) => e.instancePath.length));
      const bestDepth = best ? Math.max(...best.map((e) => e.instancePath.length)) : -1;
      if (!best || depth > bestDepth || (depth === bestDepth && list.length < best.length)) best = list;
    }
    const keep = new Set(best ?? []);
    errs = errs.filter((e) => !inside.includes(e) || keep.has(e));
    if (best && best.length) errs = errs.filter((e) => e !== c);
  }
  return errs;
}

export interface SchemaResult { findings: Finding[]; aliasLimitHit: boolean }

export function validateSchema(root: YNode | null, text: string): SchemaResult {
  const { value, aliasLimitHit } = toJS(root);
  const data = value === null && root === null ? {} : value;
  const validate = getValidator();
  const findings: Finding[] = [];
  if (validate(data)) return { findings, aliasLimitHit };
  const seen = new Set<string>();
  const push = (f: Finding): void => {
    const k = `${f.code}|${f.start}|${f.end}|${f.messageId ?? ''}`;
    if (!seen.has(k)) { seen.add(k); findings.push(f); }
  };
  const firstLine = (): { start: number; end: number } => {
    const nl = text.search(/\r|\n/);
    return { start: 0, end: nl < 0 ? text.length : nl };
  };

  for (const err of narrow(validate.errors ?? [])) {
    const path = decodePath(err.instancePath, data);
    const at = nodeAtPath(root, path);
    const reached = at.depth === path.length;
    // Range of the value at `path` (or of its key when the value is empty, or of the closest node reached).
    const valueRange = (): { start: number; end: number } => {
      if (reached && at.node && !(at.node.kind === 'map' || at.node.kind === 'seq')) return { start: at.node.start, end: at.node.end };
      if (at.pair) return { start: at.pair.key.start, end: at.pair.key.end };
      if (at.node) return { start: at.node.start, end: Math.min(at.node.end, at.node.start + 1) };
      return firstLine();
    };
    // Range of the key that holds the collection at `path` (the parent's key for `required`).
    const ownerKeyRange = (): { start: number; end: number } => {
      if (reached && at.pair && path.length && typeof path[path.length - 1] === 'string') return { start: at.pair.key.start, end: at.pair.key.end };
      const m = reached ? asMap(at.node) : undefined;
      if (m && m.pairs.length) return { start: m.pairs[0]!.key.start, end: m.pairs[0]!.key.end };
      if (at.node) return { start: at.node.start, end: Math.min(at.node.end, at.node.start + 1) };
      return firstLine();
    };
    const p = err.params as Record<string, unknown>;
    switch (err.keyword) {
      case 'required': {
        const key = String(p.missingProperty);
        push({ code: 'schema.required', ...ownerKeyRange(), args: { key, where: label(path) || '-' }, data: { key, path } });
        break;
      }
      case 'additionalProperties': {
        const key = String(p.additionalProperty);
        const m = reached ? asMap(at.node) : undefined;
        const pair = m?.pairs.find((pp) => String(pp.key.value) === key);
        const range = pair ? { start: pair.key.start, end: pair.key.end } : ownerKeyRange();
        const props = Object.keys(((err.parentSchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {});
        const suggestion = closest(key, props);
        push(suggestion
          ? { code: 'schema.unknown-key', messageId: 'schema.unknown-key/suggest', ...range, args: { key, suggestion }, data: { key, suggestion } }
          : { code: 'schema.unknown-key', ...range, args: { key, where: label(path) || '-', allowed: props.join(', ') }, data: { key } });
        break;
      }
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]).map(String);
        const suggestion = typeof err.data === 'string' ? closest(err.data, allowed) : undefined;
        const args = { value: show(err.data), key: label(path), allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) };
        push({ code: 'schema.enum', ...(suggestion ? { messageId: 'schema.enum/suggest' } : {}), ...valueRange(), args, data: { allowed, ...(suggestion ? { suggestion } : {}) } });
        break;
      }
      case 'type': {
        const expected = String(p.type).split(',')[0]!;
        push({ code: 'schema.type', ...valueRange(), args: { key: label(path) || '-', expected: `@type.${expected}`, actual: `@type.${describe(err.data)}` }, data: { expected } });
        break;
      }
      case 'format':
        push({ code: 'schema.format', ...valueRange(), args: { value: show(err.data), format: `@format.${String(p.format)}` }, data: { format: p.format } });
        break;
      case 'pattern': {
        const key = label(path);
        const last = key.split('.').pop() ?? '';
        const hint = last === 'panos' ? '@pattern.panos' : /(^|\.)(id|firewall|switch|mirrorFrom)$/.test(key) ? '@pattern.id' : /start|end|expires|Date/.test(last) ? '@pattern.date' : '@pattern.generic';
        push({ code: 'schema.pattern', ...valueRange(), args: { value: show(err.data), key, hint } });
        break;
      }
      case 'const':
        push({ code: 'schema.const', ...valueRange(), args: { key: label(path), expected: show(p.allowedValue) }, data: { expected: p.allowedValue } });
        break;
      case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      case 'minItems': case 'maxItems': case 'minLength': case 'maxLength': {
        const kw = err.keyword.replace('exclusiveM', 'm');
        push({ code: 'schema.range', messageId: `schema.range/${kw}`, ...valueRange(), args: { key: label(path), limit: String(p.limit) } });
        break;
      }
      case 'oneOf': case 'anyOf': case 'not': case 'uniqueItems': default:
        push({ code: 'schema.invalid', ...valueRange(), args: { key: label(path) || '-' } });
    }
  }
  return { findings, aliasLimitHit };
}
