/**
 * The `yaml` library's CST, built from its Lexer without its Parser, for the token shapes plans use.
 *
 * Why: on a cold 10,000-line open the library's Parser (a chain of generators, a few per lexeme)
 * takes about two thirds of a parse and the Lexer one third. This file drives the same state
 * machine as the Parser (parse/parser.ts: document, block map, block sequence, flow collection,
 * scalar, block scalar, pop) with plain calls, and produces the same tokens. It covers what plans
 * are made of — block maps and sequences, plain and quoted scalars, block scalars, flow
 * collections, comments, blank lines, one document — and gives up (returns undefined, and
 * parse.ts asks the Parser) at anything else: anchors, tags, aliases, explicit keys, empty keys,
 * directives, document end markers, a second document, or any place the Parser would yield an
 * error token. test/unit/lex-cst.test.ts holds its output equal to the Parser's, token for token.
 */
import { CST, Lexer } from 'yaml';
import { fixFlowSeqItems, has, hasContent, keyStartProps, last, prevProps, pushAll, type Item, type Open } from './lex-cst-lists';

type Token = CST.Token;
type SourceToken = CST.SourceToken;
/** What CST.tokenType says a lexeme is. */
type Lexeme = NonNullable<ReturnType<typeof CST.tokenType>>;

class Decline extends Error {}
const DECLINE = new Decline();
function decline(): never { throw DECLINE; }

/** The CST of `src` as `new Parser().parse(src)` yields it, or undefined where it leaves the subset. */
export function cstFromLexer(src: string): Token[] | undefined {
  try {
    return new LexWalk().run(src);
  } catch (e) {
    // A RangeError is a stack overflow (thousands of levels closing at once): the Parser decides.
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  }
}

class LexWalk {
  private readonly out: Token[] = [];
  private readonly stack: Open[] = [];
  private offset = 0;
  private indent = 0;
  private atNewLine = true;
  private atScalar = false;
  private onKeyLine = false;
  private type: Lexeme = 'newline';
  private source = '';
  private documents = 0;

  run(src: string): Token[] {
    for (const lexeme of new Lexer().lex(src)) this.next(lexeme);
    while (this.stack.length) this.pop();
    return this.out;
  }

  private next(source: string): void {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      this.step();
      this.offset += source.length;
      return;
    }
    const type = CST.tokenType(source);
    if (!type) decline();
    if (type === 'scalar') {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = 'scalar';
      return;
    }
    this.type = type;
    this.step();
    switch (type) {
      case 'newline': this.atNewLine = true; this.indent = 0; break;
      case 'space': if (this.atNewLine && source[0] === ' ') this.indent += source.length; break;
      case 'map-value-ind': case 'seq-item-ind': if (this.atNewLine) this.indent += source.length; break;
      case 'doc-mode': return;
      default: this.atNewLine = false;
    }
    this.offset += source.length;
  }

  private get token(): SourceToken {
    return { type: this.type as SourceToken['type'], offset: this.offset, indent: this.indent, source: this.source };
  }

  private step(): void {
    switch (this.type) {
      // Outside the subset wherever they appear.
      case 'doc-end': case 'anchor': case 'tag': case 'alias': case 'explicit-key-ind': case 'directive-line': case 'flow-error-end':
        decline();
    }
    const top = this.stack[this.stack.length - 1];
    if (!top) return this.stream();
    switch (top.type) {
      case 'document': return this.document(top);
      case 'scalar': case 'single-quoted-scalar': case 'double-quoted-scalar': return this.scalar(top);
      case 'block-scalar': return this.blockScalar(top);
      case 'block-map': return this.blockMap(top);
      case 'block-seq': return this.blockSeq(top);
      case 'flow-collection': return this.flow(top);
    }
  }

  private pop(): void {
    const token = this.stack.pop()!;
    const top = this.stack[this.stack.length - 1];
    if (!top) { this.out.push(token); return; }
    if (token.type === 'block-scalar') token.indent = 'indent' in top ? top.indent : 0;
    else if (token.type === 'flow-collection' && top.type === 'document') token.indent = 0;
    if (token.type === 'flow-collection') fixFlowSeqItems(token);
    switch (top.type) {
      case 'document': top.value = token; break;
      case 'block-map': {
        const it = last(top.items) as Item;
        if (it.value) { top.items.push({ start: [], key: token, sep: [] }); this.onKeyLine = true; return; }
        if (it.sep) it.value = token;
        else { Object.assign(it, { key: token, sep: [] }); this.onKeyLine = !it.explicitKey; return; }
        break;
      }
      case 'block-seq': {
        const it = last(top.items);
        if (it.value) top.items.push({ start: [], value: token });
        else it.value = token;
        break;
      }
      case 'flow-collection': {
        const it = top.items[top.items.length - 1];
        if (!it || it.value) top.items.push({ start: [], key: token, sep: [] });
        else if (it.sep) it.value = token;
        else Object.assign(it, { key: token, sep: [] });
        return;
      }
      default: decline();
    }
    // Trailing blank lines and comments less indented than a finished collection belong to its parent.
    if ((top.type === 'document' || top.type === 'block-map' || top.type === 'block-seq') && (token.type === 'block-map' || token.type === 'block-seq')) {
      const lastItem = token.items[token.items.length - 1] as Item | undefined;
      if (lastItem && !lastItem.sep && !lastItem.value && lastItem.start.length > 0 && !hasContent(lastItem.start)
        && (token.indent === 0 || lastItem.start.every((st) => st.type !== 'comment' || st.indent < token.indent))) {
        if (top.type === 'document') top.end = lastItem.start;
        else (top.items as Item[]).push({ start: lastItem.start });
        token.items.splice(-1, 1);
      }
    }
  }

  private stream(): void {
    switch (this.type) {
      case 'byte-order-mark': case 'space': case 'comment': case 'newline':
        this.out.push(this.token);
        return;
      case 'doc-mode': case 'doc-start': {
        if (++this.documents > 1) decline();
        const doc: CST.Document = { type: 'document', offset: this.offset, start: [] };
        if (this.type === 'doc-start') doc.start.push(this.token);
        this.stack.push(doc);
        return;
      }
    }
    decline();
  }

  private document(doc: CST.Document): void {
    if (doc.value) decline();
    switch (this.type) {
      case 'doc-start':
        if (hasContent(doc.start)) decline();
        doc.start.push(this.token);
        return;
      case 'space': case 'comment': case 'newline':
        doc.start.push(this.token);
        return;
    }
    this.stack.push(this.blockValue());
  }

  private scalar(scalar: CST.FlowScalar): void {
    if (this.type !== 'map-value-ind') return this.lineEnd(scalar);
    const start = keyStartProps(prevProps(this.stack[this.stack.length - 2]));
    let sep: SourceToken[];
    if (scalar.end) { sep = scalar.end; sep.push(this.token); delete scalar.end; } else sep = [this.token];
    this.onKeyLine = true;
    this.stack[this.stack.length - 1] = { type: 'block-map', offset: scalar.offset, indent: scalar.indent, items: [{ start, key: scalar, sep }] };
  }

  private blockScalar(bs: CST.BlockScalar): void {
    switch (this.type) {
      case 'space': case 'comment': case 'newline':
        bs.props.push(this.token);
        return;
      case 'scalar':
        bs.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        this.pop();
        return;
    }
    decline();
  }

  private blockMap(map: CST.BlockMap): void {
    const it = last(map.items) as Item;
    switch (this.type) {
      case 'newline':
        this.onKeyLine = false;
        if (it.value) {
          const end = 'end' in it.value ? it.value.end : undefined;
          if (Array.isArray(end) && end[end.length - 1]?.type === 'comment') end.push(this.token);
          else map.items.push({ start: [this.token] });
        } else if (it.sep) it.sep.push(this.token);
        else it.start.push(this.token);
        return;
      case 'space': case 'comment':
        if (it.value) map.items.push({ start: [this.token] });
        else if (it.sep) it.sep.push(this.token);
        else if (!this.indentedComment(it, map.items, map.indent)) it.start.push(this.token);
        return;
    }
    if (this.indent >= map.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map.indent;
      const atNextItem = atMapIndent && !!it.sep && this.type !== 'seq-item-ind';
      // For an empty value, blank-line-separated props that are not indented go to the next item.
      let start: SourceToken[] = [];
      if (atNextItem && it.sep && !it.value) {
        const nl: number[] = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i]!;
          if (st.type === 'newline') nl.push(i);
          else if (st.type === 'comment') { if (st.indent > map.indent) nl.length = 0; }
          else if (st.type !== 'space') nl.length = 0;
        }
        if (nl.length >= 2) start = it.sep.splice(nl[1]!);
      }
      switch (this.type) {
        case 'map-value-ind':
          // `key: value`'s indicator; anything else here (an empty key, `a: : b`) is left to the Parser.
          if (!it.sep || it.value || atNextItem || has(it.sep, 'map-value-ind')) decline();
          it.sep.push(this.token);
          this.onKeyLine = true;
          return;
        case 'scalar': case 'single-quoted-scalar': case 'double-quoted-scalar': {
          const fs = this.flowScalar();
          if (atNextItem || it.value) { map.items.push({ start, key: fs, sep: [] }); this.onKeyLine = true; }
          else if (it.sep) this.stack.push(fs);
          else { Object.assign(it, { key: fs, sep: [] }); this.onKeyLine = true; }
          return;
        }
        default: {
          const bv = this.blockValue();
          if (bv.type === 'block-seq') {
            if (it.sep && !has(it.sep, 'newline')) decline();
          } else if (atMapIndent) map.items.push({ start });
          this.stack.push(bv);
          return;
        }
      }
    }
    this.pop();
    this.step();
  }

  private blockSeq(seq: CST.BlockSequence): void {
    const it = last(seq.items);
    switch (this.type) {
      case 'newline':
        if (it.value) {
          const end = 'end' in it.value ? it.value.end : undefined;
          if (Array.isArray(end) && end[end.length - 1]?.type === 'comment') end.push(this.token);
          else seq.items.push({ start: [this.token] });
        } else it.start.push(this.token);
        return;
      case 'space': case 'comment':
        if (it.value) seq.items.push({ start: [this.token] });
        else if (!this.indentedComment(it, seq.items, seq.indent)) it.start.push(this.token);
        return;
      case 'seq-item-ind':
        if (this.indent !== seq.indent) break;
        if (it.value || has(it.start, 'seq-item-ind')) seq.items.push({ start: [this.token] });
        else it.start.push(this.token);
        return;
    }
    if (this.indent > seq.indent) {
      this.stack.push(this.blockValue());
      return;
    }
    this.pop();
    this.step();
  }

  /**
   * A comment line more indented than its collection, right after an item's value, extends that
   * value's end (the Parser's atIndentedComment). Returns whether the token went there.
   */
  private indentedComment(it: Item, items: Item[], indent: number): boolean {
    if (this.type !== 'comment' || this.indent <= indent) return false;
    if (!it.start.every((st) => st.type === 'newline' || st.type === 'space')) return false;
    const prev = items[items.length - 2];
    const end = prev?.value && 'end' in prev.value ? prev.value.end : undefined;
    if (!Array.isArray(end)) return false;
    pushAll(end, it.start);
    end.push(this.token);
    items.pop();
    return true;
  }

  private flow(fc: CST.FlowCollection): void {
    const it = fc.items[fc.items.length - 1] as Item | undefined;
    if (fc.end.length === 0) {
      switch (this.type) {
        case 'comma':
          if (!it || it.sep) fc.items.push({ start: [this.token] });
          else it.start.push(this.token);
          return;
        case 'map-value-ind':
          if (!it || it.value) fc.items.push({ start: [], key: null, sep: [this.token] });
          else if (it.sep) it.sep.push(this.token);
          else Object.assign(it, { key: null, sep: [this.token] });
          return;
        case 'space': case 'comment': case 'newline':
          if (!it || it.value) fc.items.push({ start: [this.token] });
          else if (it.sep) it.sep.push(this.token);
          else it.start.push(this.token);
          return;
        case 'scalar': case 'single-quoted-scalar': case 'double-quoted-scalar': {
          const fs = this.flowScalar();
          if (!it || it.value) fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep) this.stack.push(fs);
          else Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case 'flow-map-end': case 'flow-seq-end':
          fc.end.push(this.token);
          return;
        case 'flow-map-start': case 'flow-seq-start':
          this.stack.push(this.blockValue());
          return;
      }
      decline();
    }
    const parent = this.stack[this.stack.length - 2];
    if (parent?.type === 'block-map' && ((this.type === 'map-value-ind' && parent.indent === fc.indent) || (this.type === 'newline' && !last(parent.items).sep))) {
      this.pop();
      this.step();
    } else if (this.type === 'map-value-ind' && parent?.type !== 'flow-collection') {
      decline(); // a flow collection as a block map key
    } else this.lineEnd(fc);
  }

  private flowScalar(): CST.FlowScalar {
    return { type: this.type as CST.FlowScalar['type'], offset: this.offset, indent: this.indent, source: this.source };
  }

  /** A new node where a value starts (the Parser's startBlockValue); anything else leaves the subset. */
  private blockValue(): Open {
    switch (this.type) {
      case 'scalar': case 'single-quoted-scalar': case 'double-quoted-scalar':
        return this.flowScalar();
      case 'block-scalar-header':
        return { type: 'block-scalar', offset: this.offset, indent: this.indent, props: [this.token], source: '' };
      case 'flow-map-start': case 'flow-seq-start':
        return { type: 'flow-collection', offset: this.offset, indent: this.indent, start: this.token, items: [], end: [] };
      case 'seq-item-ind':
        return { type: 'block-seq', offset: this.offset, indent: this.indent, items: [{ start: [this.token] }] };
    }
    return decline();
  }

  private lineEnd(token: CST.FlowScalar | CST.FlowCollection | CST.Document): void {
    switch (this.type) {
      case 'comma': case 'doc-start': case 'flow-seq-end': case 'flow-map-end': case 'map-value-ind':
        this.pop();
        this.step();
        return;
      case 'newline':
        this.onKeyLine = false;
    }
    if (token.end) token.end.push(this.token);
    else token.end = [this.token];
    if (this.type === 'newline') this.pop();
  }
}
