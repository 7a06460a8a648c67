/**
 * Helpers of lex-cst.ts over CST token lists: the Parser's own small rules for where props go
 * (the props before a key, a flow sequence's keys without `:`), and list tests that never spread.
 */
import type { CST } from 'yaml';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
export type Item = CST.CollectionItem & { explicitKey?: true };
/** The nodes the walk keeps open (the Parser's stack). */
export type Open = CST.Document | CST.BlockMap | CST.BlockSequence | CST.FlowCollection | CST.FlowScalar | CST.BlockScalar;

export function has(list: readonly SourceToken[], type: SourceToken['type']): boolean {
  for (let i = 0; i < list.length; i++) if (list[i]!.type === type) return true;
  return false;
}

/** Whether `list` holds anything other than spaces, comments and line breaks. */
export function hasContent(list: readonly SourceToken[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!.type;
    if (t !== 'space' && t !== 'comment' && t !== 'newline') return true;
  }
  return false;
}

export function isFlowToken(t: Token | null | undefined): boolean {
  const type = t?.type;
  return type === 'scalar' || type === 'single-quoted-scalar' || type === 'double-quoted-scalar' || type === 'flow-collection';
}

/** The props before the key a value indicator turns into a map key (they move to the new map's item). */
export function keyStartProps(prev: SourceToken[]): SourceToken[] {
  if (prev.length === 0) return [];
  let i = prev.length;
  while (--i >= 0) {
    const t = prev[i]!.type;
    if (t === 'doc-start' || t === 'explicit-key-ind' || t === 'map-value-ind' || t === 'seq-item-ind' || t === 'newline') break;
  }
  while (prev[++i]?.type === 'space') { /* skip */ }
  return prev.splice(i, prev.length);
}

export function prevProps(parent: Open | undefined): SourceToken[] {
  if (parent?.type === 'document') return parent.start;
  if (parent?.type === 'block-map') { const it = last(parent.items); return it.sep ?? it.start; }
  if (parent?.type === 'block-seq') return last(parent.items).start;
  return [];
}

/** Appends one by one: a spread of a huge list (hostile input) would overflow the stack. */
export function pushAll<T>(target: T[], source: readonly T[]): void {
  for (let i = 0; i < source.length; i++) target.push(source[i]!);
}

export function last<T>(list: readonly T[]): T { return list[list.length - 1]!; }

/** In a flow sequence, `a` parsed as a key without `:` is a value (the Parser's fixFlowSeqItems). */
export function fixFlowSeqItems(fc: CST.FlowCollection): void {
  if (fc.start.type !== 'flow-seq-start') return;
  for (const it of fc.items as Item[]) {
    if (!it.sep || it.value || has(it.start, 'explicit-key-ind') || has(it.sep, 'map-value-ind')) continue;
    const mut = it as { key?: Token | null; value?: Token; sep?: SourceToken[] };
    if (it.key) mut.value = it.key;
    delete mut.key;
    const value = mut.value as CST.FlowScalar | CST.FlowCollection | undefined;
    if (isFlowToken(value)) {
      if (value!.end) pushAll(value!.end, it.sep);
      else value!.end = it.sep;
    } else pushAll(it.start, it.sep);
    delete mut.sep;
  }
}
