/**
 * Reading the plan's JSON schema by path: which keys a map takes (in the schema's order, which
 * edits follow), what a key means (title/description in en or ja), which values an enum allows and
 * what each means, and a placeholder for a key that must be filled in.
 */
import type { Lang } from '../l10n';
import { planSchema } from '../schema';

/** The subset of JSON schema the plan schema uses. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  'x-title-ja'?: string;
  'x-description-ja'?: string;
  type?: string | string[];
  enum?: unknown[];
  enumDescriptions?: string[];
  'x-enum-descriptions-ja'?: string[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  minimum?: number;
  allOf?: Array<{ if?: { properties?: Record<string, { const?: unknown }> }; then?: SchemaNode }>;
}

const ROOT = planSchema as SchemaNode;

/** Follows `$ref`, keeping the referring node's own annotations (a property's title beats its type's). */
export function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  const own: SchemaNode = {};
  for (let i = 0; n?.$ref && i < 16; i++) {
    for (const [k, v] of Object.entries(n)) if (k !== '$ref' && !(k in own)) (own as Record<string, unknown>)[k] = v;
    const name = n.$ref.replace(/^#\/definitions\//, '');
    n = (ROOT as { definitions?: Record<string, SchemaNode> }).definitions?.[name];
  }
  return n ? { ...n, ...own } : undefined;
}

/** The schema of the value at a path of keys; `*` (or a number) steps into list items. */
export function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let n = resolve(ROOT);
  for (const step of path) {
    if (!n) return undefined;
    if (step === '*' || typeof step === 'number') n = resolve(n.items);
    else n = resolve(n.properties?.[step]);
  }
  return n;
}

/** The keys a map at `path` takes, in the schema's order. */
export function keysAt(path: ReadonlyArray<string | number>): string[] {
  return Object.keys(schemaAt(path)?.properties ?? {});
}

export function titleOf(node: SchemaNode | undefined, lang: Lang): string | undefined {
  if (!node) return undefined;
  return lang === 'ja' ? node['x-title-ja'] ?? node.title : node.title;
}

export function descriptionOf(node: SchemaNode | undefined, lang: Lang): string | undefined {
  if (!node) return undefined;
  return lang === 'ja' ? node['x-description-ja'] ?? node.description : node.description;
}

/** The extra description a method's value adds (`allOf` / `if method = x` / `then`). */
export function methodNote(node: SchemaNode | undefined, method: string | undefined, lang: Lang): string | undefined {
  if (!node?.allOf || method === undefined) return undefined;
  for (const branch of node.allOf) {
    if (branch.if?.properties?.method?.const === method) return descriptionOf(branch.then, lang);
  }
  return undefined;
}

export interface EnumValue { value: string; description: string | undefined }

export function enumValues(node: SchemaNode | undefined, lang: Lang): EnumValue[] {
  if (!node?.enum) return [];
  const docs = lang === 'ja' ? node['x-enum-descriptions-ja'] ?? node.enumDescriptions : node.enumDescriptions;
  return node.enum.map((v, i) => ({ value: String(v), description: docs?.[i] }));
}

export function typeOf(node: SchemaNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.properties) return 'object';
  if (node.items) return 'array';
  return Array.isArray(node.type) ? node.type[0] : node.type;
}

/** A value to write for a key nobody filled in yet: const, default, first example, first enum value. */
export function placeholderOf(node: SchemaNode | undefined): string | number | boolean | undefined {
  if (!node) return undefined;
  const pick = (v: unknown): string | number | boolean | undefined =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
  return pick(node.const) ?? pick(node.default) ?? pick(node.examples?.[0]) ?? pick(node.enum?.[0])
    ?? (typeOf(node) === 'boolean' ? true : typeOf(node) === 'integer' || typeOf(node) === 'number' ? node.minimum ?? 1 : undefined);
}

/** The schema path of a tree path: numbers (list indices) become `*`. */
export function schemaPath(path: ReadonlyArray<string | number>): string[] {
  return path.map((s) => (typeof s === 'number' ? '*' : s));
}
