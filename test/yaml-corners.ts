import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every .yaml/.yml file under `dir` (the fixtures both fast-path tests compare on). */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Hand-written YAML corners for the parse fast paths (cst-tree.ts, lex-cst.ts): the shapes plans use
 * and the ones each path must leave to the library. `fastPath` is whether cst-tree.ts takes it.
 */
export const YAML_CORNERS: ReadonlyArray<readonly [name: string, text: string, fastPath: boolean]> = [
  ['empty value', 'a:\nb: 1\n', true],
  ['empty value with comment', 'a: # note\nb:\n', true],
  ['empty seq item', 'a:\n  -\n  - # c\n  - x\n', true],
  ['core schema', 'a: [~, null, Null, true, False, 0o17, -12, 0x1F, .inf, -.Inf, .nan, 1e3, 2.50, 10.2, "1", \'x\', 1_000]\n', true],
  ['flow map', 'snmp: { version: v3, readOnly: true, }   # trailing\n', true],
  ['flow map empty value', 'a: {b: }\n', true],
  ['nested flow', 'a: [[1, 2], {b: [c]}]\n', true],
  ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: end\n', true],
  ['multi-line plain', 'a: one\n  two\n  three\nb: x\n', true],
  ['quoted escapes', 'a: "tab\\tand \\u00e9"\nb: \'it\'\'s\'\n', true],
  ['duplicate and merge keys', 'a: 1\na: 2\n"a": 3\n1: x\n"1": y\n<<: z\n"<<": w\n', true],
  ['comments everywhere', '# head\na: # c1\n  # c2\n  b: 1 # c3\n  # c4\nc:\n  - 1 # c5\n# tail\n', true],
  ['document start', '---\na: 1\n', true],
  ['document start and end', '---\na: 1\n...\n', false],
  ['comment without space', 'a: [1]#x\n', false],
  ['root comment only', '# nothing\n', false],
  ['anchor and alias', 'a: &x 1\nb: *x\n', false],
  ['tag', 'a: !!str 1\n', false],
  ['explicit key', '? a\n: 1\n', false],
  ['tab indent', 'a:\n\tb: 1\n', false],
  ['two documents', 'a: 1\n---\nb: 2\n', false],
  ['bad indent', 'a:\n    b: 1\n  c: 2\n', false],
  ['missing value', 'a\nb: 1\n', false],
  ['compact nested map', 'a: b: c\n', false],
  ['unclosed flow', 'a: [1, 2\nb: 3\n', false],
  ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n', true],
  ['lone CR', 'a: 1\rb: 2\r', true],
  ['BOM', '\uFEFFa: 1\n', true],
];
