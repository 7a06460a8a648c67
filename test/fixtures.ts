import * as fs from 'node:fs';
import * as path from 'node:path';

/** The clean all-patterns plan (test/fixtures/clean.pocplan.yaml) and the CSVs it references. */
export const CLEAN = fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'fixtures', 'clean.pocplan.yaml'), 'utf8');
export const CLEAN_FILES: Record<string, string> = {
  'hvac.csv': 'ip,mac,vendor,model\n10.1.30.5,00:0a:95:9d:68:16,Trane,Tracer SC\n10.1.30.6,00-0A-95-9D-68-17,Trane,Tracer SC\n',
  'meters.csv': 'ip,mac\n10.1.40.21,3c:5a:b4:01:02:03\n10.1.40.22,3c5ab4010204\n',
};

/** The clean plan with `from` replaced by `to` (exactly once; throws when `from` is not found). */
export function variant(from: string, to: string, base = CLEAN): string {
  const i = base.indexOf(from);
  if (i < 0) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return base.slice(0, i) + to + base.slice(i + from.length);
}
