/**
 * PAN-OS configuration XML → plain objects, with fast-xml-parser and nothing hand-written.
 *
 * - No DTD, ever: a `<!DOCTYPE` or `<!ENTITY` anywhere is refused before parsing (so there are
 *   no external entities and no entity expansion to bound), and entity processing is off.
 * - Well-formedness comes from XMLValidator, which gives the line and column of a malformed file;
 *   the parser itself is lenient and would accept much of it.
 * - Speed: a 50 MB configuration is mostly address objects, rules and profiles, none of which the
 *   bridge reads. Those subtrees are `stopNodes`: the parser skips to their closing tag and keeps
 *   their text, unread (the element itself still shows as present). With them the parse of a
 *   50 MB file takes about a twentieth of the full one (bench/import.mjs measures both).
 * - `positions`: each element object carries the offset of its `<` (captureMetaData), so a drift
 *   finding can point into the configuration file.
 *
 * Shape of the result: attributes as `@name`, text as a string (an empty element is `''`),
 * `entry` and `member` always arrays.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlValue = string | XmlObject | XmlObject[] | string[];
export interface XmlObject { [key: string]: XmlValue | undefined }

export interface XmlProblem {
  /** `dtd`: a DOCTYPE or ENTITY declaration; `malformed`: not well-formed XML; `too-deep`: nested past MAX_DEPTH. */
  kind: 'dtd' | 'malformed' | 'too-deep';
  /** The parser's own words (English), for the message's detail. */
  detail: string;
  /** 1-based. */
  line: number;
  column: number;
}

/** `shift`: characters removed from the start (a byte-order mark) before parsing; add it to offsets. */
export type XmlResult = { ok: true; root: XmlObject; shift: number } | { ok: false; problem: XmlProblem };

/** A PAN-OS configuration nests about 20 levels (a template's interface units about 16). */
export const MAX_DEPTH = 100;

/**
 * Elements the bridge never reads, skipped wherever they appear. None of the names it does read
 * may be here (test/unit/panos/xml.test.ts holds the two lists apart).
 */
export const SKIPPED_ELEMENTS: readonly string[] = [
  'address', 'address-group', 'service', 'service-group', 'application', 'application-group', 'application-filter',
  'application-override', 'rulebase', 'pre-rulebase', 'post-rulebase', 'profiles', 'profile-group', 'shared', 'mgt-config',
  'log-settings', 'reports', 'report-group', 'email-scheduler', 'external-list', 'schedule', 'virtual-router',
  'logical-router', 'routing-profile', 'ike', 'qos', 'lldp', 'setting', 'certificate', 'ssl-tls-service-profile',
  'ssl-decrypt', 'server-profile', 'authentication-profile', 'authentication-sequence', 'local-user-database',
  'global-protect', 'user-id-agent', 'user-id-collector', 'ts-agent', 'response-page', 'dynamic-user-group', 'tag',
  'region', 'threats', 'device-group', 'plugins', 'dns-proxy', 'predefined', 'ipv6', 'ntp-servers', 'update-schedule',
  'snmp-setting', 'permitted-ip', 'login-banner', 'admin-role', 'variable', 'ocsp-responder',
];

const DTD = /<!\s*(DOCTYPE|ENTITY)\b/i;
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return { line, column: offset - last };
}

function parser(positions: boolean): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    jPath: false,
    maxNestedTags: MAX_DEPTH,
    captureMetaData: positions,
    stopNodes: SKIPPED_ELEMENTS.map((n) => `..${n}`),
    isArray: (name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute && (name === 'entry' || name === 'member'),
  });
}

/**
 * Whether a configuration's text is well-formed XML (XMLValidator), as `parseXml` decides it: the
 * problem with its line and column, or undefined. A byte-order mark is ignored. Exported so that a
 * caller may run it elsewhere (the CLI, on a second thread, while this thread parses) and then
 * call `parseXml` with `validated: true`.
 */
export function wellFormedProblem(input: string): XmlProblem | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const valid = XMLValidator.validate(text);
  return valid === true ? undefined : { kind: 'malformed', detail: valid.err.msg, line: valid.err.line || 1, column: valid.err.col || 1 };
}

/**
 * Parses a configuration file's text; never throws. `validated`: the caller checks well-formedness
 * itself (wellFormedProblem) and gives that answer precedence over this one, except for a DTD.
 */
export function parseXml(input: string, opts: { positions?: boolean; validated?: boolean } = {}): XmlResult {
  const shift = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = shift ? input.slice(1) : input;
  const dtd = DTD.exec(text);
  if (dtd) return { ok: false, problem: { kind: 'dtd', detail: `<!${dtd[1]!.toUpperCase()}`, ...lineColumn(text, dtd.index) } };
  if (!opts.validated) {
    const problem = wellFormedProblem(text);
    if (problem) return { ok: false, problem };
  }
  try {
    const root = parser(opts.positions ?? false).parse(text) as XmlObject;
    return { ok: true, root, shift };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const kind = /nest/i.test(detail) ? 'too-deep' : 'malformed';
    // The parser names the element it refused (`"__proto__" is a reserved …`): point at its first use.
    const name = /"([^"]{1,64})"/.exec(detail)?.[1];
    const where = name !== undefined ? text.indexOf(`<${name}`) : -1;
    return { ok: false, problem: { kind, detail, ...(where >= 0 ? lineColumn(text, where) : { line: 1, column: 1 }) } };
  }
}

// -------------------------------------------------------------------------------------------
// Reading the objects

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function isObject(v: unknown): v is XmlObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The child element `key` of `node` (an object, or `''` for an empty element), if present. */
export function child(node: XmlValue | undefined, key: string): XmlValue | undefined {
  if (!isObject(node) || !own(node, key)) return undefined;
  const v = node[key];
  // An element the schema has once, written twice, reads as its first occurrence.
  return Array.isArray(v) && key !== 'entry' && key !== 'member' ? (v[0] as XmlValue | undefined) : v;
}

/** Follows a path of element names; undefined as soon as one is missing. */
export function path(node: XmlValue | undefined, ...keys: string[]): XmlValue | undefined {
  let cur: XmlValue | undefined = node;
  for (const k of keys) { cur = child(cur, k); if (cur === undefined) return undefined; }
  return cur;
}

/** True when the element is present (even empty: `<tap/>`). */
export function has(node: XmlValue | undefined, key: string): boolean {
  return isObject(node) && own(node, key);
}

/** The element's text: a string element, or the `#text` of one with attributes. */
export function text(node: XmlValue | undefined): string | undefined {
  if (typeof node === 'string') return node;
  if (isObject(node) && typeof node['#text'] === 'string') return node['#text'];
  return undefined;
}

/** `<entry name="…">` children of a list element, as objects with their name. */
export function entries(list: XmlValue | undefined): Array<{ name: string; node: XmlObject }> {
  const arr = child(list, 'entry');
  if (!Array.isArray(arr)) return [];
  const out: Array<{ name: string; node: XmlObject }> = [];
  for (const e of arr) {
    if (!isObject(e)) continue;
    const name = e['@name'];
    if (typeof name === 'string' && name !== '') out.push({ name, node: e });
  }
  return out;
}

/** `<member>…</member>` texts of a list element. */
export function members(list: XmlValue | undefined): string[] {
  const arr = child(list, 'member');
  if (!Array.isArray(arr)) return [];
  const out: string[] = [];
  for (const m of arr) { const s = text(m as XmlValue); if (s !== undefined && s !== '') out.push(s); }
  return out;
}

/** `yes` / `no` of a leaf; undefined when absent or anything else. */
export function yesNo(node: XmlValue | undefined): boolean | undefined {
  const s = text(node);
  return s === 'yes' ? true : s === 'no' ? false : undefined;
}

/** Offset of the element's `<` in the text, when parsed with `positions`. */
export function offsetOf(node: XmlValue | undefined): number | undefined {
  if (!isObject(node)) return undefined;
  const meta = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META];
  return typeof meta?.startIndex === 'number' ? meta.startIndex : undefined;
}
