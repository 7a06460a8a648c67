/**
 * The two shortcuts past csv-parse give exactly what csv-parse gives (fixed seed, fast-check):
 * a list without quotes is split by hand, and a list with quotes is parsed with its record
 * delimiter given instead of discovered. Values, records, and errors with their line all agree.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { parseCsv, recordDelimiter, splitUnquoted } from '../../server/src/service/csv';

const OPTIONS = { relax_column_count: true, skip_empty_lines: true, bom: true, relax_quotes: false };

/** csv-parse's answer with our options, or its error and line. */
function csvParse(text: string, extra: Record<string, unknown> = {}): unknown {
  try {
    return parse(text, { ...OPTIONS, ...extra });
  } catch (e) {
    const err = e as { code?: string; message?: string; lines?: number };
    return { code: err.code, message: err.message, lines: err.lines };
  }
}

const PLAIN = ['a', '1', '.', ' ', ',', ',', '\n', '\n', '\r', '\r\n', '\t', '\ufeff', 'é', '\u{1F600}', '\u0000', '\u2028', '10.1.40.5', 'aa:bb:cc:dd:ee:ff'];
const QUOTED = [...PLAIN, '"', '"', '""', '"a"', '",\n"'];
const textOf = (parts: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((a) => a.join(''));

describe('CSV parsing shortcuts agree with csv-parse', () => {
  it('a list without quotes: split by hand', () => {
    fc.assert(fc.property(textOf(PLAIN), (text) => {
      assert.deepEqual(splitUnquoted(text), csvParse(text));
    }), { numRuns: 3000, seed: 20260611 });
  });

  it('a list with quotes: the record delimiter given is the one csv-parse discovers', () => {
    fc.assert(fc.property(textOf(QUOTED), (text) => {
      const rd = recordDelimiter(text);
      assert.deepEqual(csvParse(text, rd ? { record_delimiter: rd } : {}), csvParse(text));
    }), { numRuns: 3000, seed: 20260611 });
  });

  it('mixed line endings: only the first kind ends records, as in csv-parse', () => {
    for (const text of ['ip\n10.1.40.1\r10.1.40.2\r\n', 'ip\r\n10.1.40.1\n10.1.40.2\r', 'ip\r10.1.40.1\n\r\n', '\r\n\nip\n', 'ip']) {
      assert.deepEqual(splitUnquoted(text), csvParse(text), JSON.stringify(text));
    }
    assert.equal(recordDelimiter('"a\nb"\r\nc\n'), '\r\n');
    assert.equal(recordDelimiter('"a\r\nb",c'), undefined);
  });

  it('a lone surrogate still goes through csv-parse (which reads it as U+FFFD)', () => {
    const t = parseCsv('ip,model\n10.1.40.1,a\ud800b\n');
    assert.equal(t.rows[1]!.cells[1]!.value, 'a\ufffdb');
  });
});
