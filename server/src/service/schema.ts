/**
 * JSON-schema validation with ajv, mapped onto the tree: a missing key on its parent's key, an
 * unknown key on that key, a wrong value on the value. One finding per problem, `oneOf`/`anyOf`
 * narrowed to the closest branch, and "did you mean" for near-miss keys and enum values.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../../schemas/pocplan.schema.json';
import type { Finding } from './diagnostics';
import { clip } from './guards';
import { validate as generatedValidator } from './schema-validator.generated';
import { closest } from './suggest';
import { asMap, nodeAtPath, toJS, type YMap, type YNode, type YPair } from './tree';

export const planSchema: Record<string, unknown> = schemaJson as Record<string, unknown>;

/** At most this many schema errors are mapped to findings; more only slow the editor down. */
export const MAX_SCHEMA_ERRORS = 1000;

/**
 * The schema's validator, compiled ahead of time by scripts/gen-schema-validator.mjs (run by
 * `npm run build`) with the recipe in schema-formats.ts: no process compiles the schema at run time.
 */
function getValidator(): ValidateFunction {
  return generatedValidator as unknown as ValidateFunction;
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
  const s = typeof v === 'string' ? v : boundedJson(v, 64);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** JSON.stringify that stops after about `max` characters: the value may be a 100,000-item list. */
function boundedJson(v: unknown, max: number): string {
  let out = '';
  const walk = (x: unknown): void => {
    if (out.length > max) return;
    if (Array.isArray(x)) {
      out += '[';
      for (let i = 0; i < x.length && out.length <= max; i++) { if (i) out += ','; walk(x[i]); }
      out += ']';
    } else if (x && typeof x === 'object') {
      out += '{';
      let first = true;
      for (const k in x) {
        if (out.length > max) break;
        out += `${first ? '' : ','}${JSON.stringify(k.length > max ? k.slice(0, max) : k)}:`;
        first = false;
        walk((x as Record<string, unknown>)[k]);
      }
      out += '}';
    } else out += typeof x === 'string' && x.length > max ? JSON.stringify(x.slice(0, max)) : String(JSON.stringify(x) ?? 'null');
  };
  walk(v);
  return out;
}

/** Every `/`-prefix of a path, the path itself included (`#/a/b` -> `#`, `#/a`, `#/a/b`). */
function prefixes(p: string): string[] {
  const out: string[] = [];
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) out.push(p.slice(0, i));
  out.push(p);
  return out;
}

/**
 * Drop `if` wrappers and, for `oneOf`/`anyOf`, keep only the branch with the fewest errors.
 * An error belongs to a combinator when it lies under the combinator both in the schema and in the
 * data (the same `oneOf` fails once per segment; each is narrowed on its own). Membership is found
 * through an index, so the cost stays linear in the number of errors.
 */
function narrow(errors: ErrorObject[]): ErrorObject[] {
  const errs = errors.filter((e) => e.keyword !== 'if');
  const combinators = errs.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (!combinators.length) return errs;
  const key = (schemaPath: string, instancePath: string): string => `${schemaPath}\u0000${instancePath}`;
  const byKey = new Map<string, ErrorObject[]>();
  for (const c of combinators) (byKey.get(key(c.schemaPath, c.instancePath)) ?? byKey.set(key(c.schemaPath, c.instancePath), []).get(key(c.schemaPath, c.instancePath))!).push(c);
  const members = new Map<ErrorObject, ErrorObject[]>();
  for (const e of errs) {
    const sp = prefixes(e.schemaPath);
    const ip = ['', ...prefixes(e.instancePath).filter((x) => x)];
    for (let i = 0; i < sp.length - 1; i++) {
      for (const inst of ip) {
        for (const c of byKey.get(key(sp[i]!, inst)) ?? []) if (c !== e) (members.get(c) ?? members.set(c, []).get(c)!).push(e);
      }
    }
  }
  const dropped = new Set<ErrorObject>();
  for (const c of combinators) {
    const prefix = c.schemaPath + '/';
    const inside = (members.get(c) ?? []).filter((e) => !dropped.has(e));
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
    for (const e of inside) if (!keep.has(e)) dropped.add(e);
    if (best && best.length) dropped.add(c);
  }
  return errs.filter((e) => !dropped.has(e));
}

export interface SchemaResult {
  findings: Finding[];
  aliasLimitHit: boolean;
  /** More than MAX_SCHEMA_ERRORS errors: only the first were mapped. */
  truncated?: boolean;
}

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

  // The first pair of each key, found through an index: a map of 100,000 unknown keys would
  // otherwise cost a scan of the map per error.
  const firstPairs = new Map<YMap, Map<string, YPair>>();
  const firstPair = (m: YMap, key: string): YPair | undefined => {
    let idx = firstPairs.get(m);
    if (!idx) {
      idx = new Map();
      for (const pp of m.pairs) { const k = String(pp.key.value); if (!idx.has(k)) idx.set(k, pp); }
      firstPairs.set(m, idx);
    }
    return idx.get(key);
  };
  const errors = narrow(validate.errors ?? []);
  for (const err of errors.slice(0, MAX_SCHEMA_ERRORS)) {
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
        // A merge key is reported once, as yaml.merge-key (parse.ts), not also as an unknown key.
        if (key === '<<') break;
        const m = reached ? asMap(at.node) : undefined;
        const pair = m ? firstPair(m, key) : undefined;
        const range = pair ? { start: pair.key.start, end: pair.key.end } : ownerKeyRange();
        const props = Object.keys(((err.parentSchema ?? {}) as { properties?: Record<string, unknown> }).properties ?? {});
        const suggestion = closest(key, props);
        push(suggestion
          ? { code: 'schema.unknown-key', messageId: 'schema.unknown-key/suggest', ...range, args: { key: clip(key), suggestion }, data: { key, suggestion } }
          : { code: 'schema.unknown-key', ...range, args: { key: clip(key), where: label(path) || '-', allowed: props.join(', ') }, data: { key } });
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
        // The document itself is not a mapping (empty, `---` only, a list, text or binary junk).
        if (!path.length) push({ code: 'schema.type', messageId: 'schema.type/root', ...valueRange(), args: { actual: `@type.${describe(err.data)}` }, data: { expected } });
        else push({ code: 'schema.type', ...valueRange(), args: { key: label(path) || '-', expected: `@type.${expected}`, actual: `@type.${describe(err.data)}` }, data: { expected } });
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
  return { findings, aliasLimitHit, ...(errors.length > MAX_SCHEMA_ERRORS ? { truncated: true } : {}) };
}
