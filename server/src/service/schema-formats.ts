/**
 * How the plan schema is compiled: the ajv options, the formats, the annotation keywords and the
 * `$ref` inlining. Shared by scripts/gen-schema-validator.mjs (which compiles the schema ahead of
 * time into schema-validator.generated.ts), by that generated code (it takes its format functions
 * from `SCHEMA_FORMATS` here, so the build and the run time share one definition) and by the test
 * that compares the generated validator with one compiled at run time.
 *
 * Type-only imports from ajv: at run time this module loads ajv-formats' format table only.
 */
import type { Format, Options } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';
import { parseVersion } from './version';

/** The ajv options (the generator adds `code: { source, formats }`). */
export const AJV_OPTIONS: Readonly<Options> = { allErrors: true, strict: true, verbose: true, allowUnionTypes: true, strictRequired: false };

/** Every format the schema uses; the generated validator refers to `SCHEMA_FORMATS[name]`. */
export const SCHEMA_FORMATS: Readonly<Record<string, Format>> = {
  // ajv-formats' "full" definitions, as `addFormats(ajv, ['date', 'ipv4'])` registers them.
  date: fullFormats.date,
  ipv4: fullFormats.ipv4,
  // Subnets are checked semantically by the `subnet.invalid` rule, so the schema format accepts any text.
  'cidr-v4': { type: 'string', validate: () => true },
  'panos-version': { type: 'string', validate: (s: string) => parseVersion(s) !== undefined },
};

/** Keywords the schema carries for editors and the Japanese UI; ajv only needs to know them. */
export const ANNOTATIONS: readonly string[] = ['x-title-ja', 'x-description-ja', 'x-enum-descriptions-ja', 'enumDescriptions', 'markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets', 'x-doc'];

/**
 * The schema with every `$ref` to `#/definitions/…` written out in place (the definitions do not
 * refer to themselves). ajv compiles each referenced definition as its own function and, with
 * `allErrors`, copies the caller's whole error list after every failing call — quadratic in the
 * number of errors (40,000 wrong list items took 5 s). Inlined, errors are only appended.
 * A `$ref` with sibling keywords becomes `allOf: [definition]` next to those keywords.
 */
export function inlineRefs(schema: unknown, definitions: Record<string, unknown>, depth = 0): unknown {
  if (depth > 64) throw new Error('schema $ref nesting too deep (a recursive definition?)');
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, definitions, depth));
  if (!schema || typeof schema !== 'object') return schema;
  const src = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) if (k !== '$ref' && !(depth === 0 && k === 'definitions')) out[k] = inlineRefs(v, definitions, depth + 1);
  const ref = src.$ref;
  if (typeof ref !== 'string') return out;
  const m = /^#\/definitions\/([^/]+)$/.exec(ref);
  if (!m || !(m[1]! in definitions)) throw new Error(`unsupported $ref ${ref}`);
  const def = inlineRefs(definitions[m[1]!], definitions, depth + 1);
  if (!Object.keys(out).length) return def;
  out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), def];
  return out;
}

/** The schema as ajv compiles it: definitions inlined. */
export function compilableSchema(schema: Record<string, unknown>): Record<string, unknown> {
  return inlineRefs(schema, (schema.definitions ?? {}) as Record<string, unknown>) as Record<string, unknown>;
}
