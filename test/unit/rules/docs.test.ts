/** Every diagnostic code has its page in docs/rules/, with sources and a Japanese section, listed in the index. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allCodes } from '../../../server/src/service';

const DOCS = path.join(__dirname, '..', '..', '..', '..', 'docs', 'rules');
/** Pages whose Sources mark both sides of a disagreement with CONFLICT. */
const CONFLICT_PAGES = new Set(['identity.tap-broadcast-session', 'identity.broadcast-dhcp-unseen', 'identity.dhcp-syslog-version-conflict']);

describe('rule pages', () => {
  const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
  for (const code of allCodes().keys()) {
    it(`${code} has a page with sources and a Japanese section, listed in docs/rules/README.md`, () => {
      const file = path.join(DOCS, `${code}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${code}.md`);
      const page = fs.readFileSync(file, 'utf8');
      assert.match(page, new RegExp(`^# ${code.replace(/\./g, '\\.')}\\n`), 'titled by its code');
      assert.match(page, /\n## 日本語\n/);
      assert.ok(index.includes(`](${code}.md)`), 'listed in the index');
      // Where the sources disagree (issue #12: the tap reading), the page names both sides.
      if (CONFLICT_PAGES.has(code)) assert.ok((page.match(/CONFLICT/g) ?? []).length >= 2, 'both sides of the conflict');
    });
  }
});
