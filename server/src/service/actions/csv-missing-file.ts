import { URI, Utils } from 'vscode-uri';
import { nothingAt } from '../files';
import { csvStub } from '../templates/resources';
import { getString } from '../tree';
import type { FixProvider } from './types';
import { segmentIndexAt } from './util';

/**
 * `csv.missing-file` → create the CSV next to the plan: the header and one example row inside the
 * subnet. Offered only when nothing at all is at that path, asked again when the fix is computed
 * (the diagnostic may be older than the file): a file that exists but is too large, not a regular
 * file or unreadable is never "created" over, which would put the stub in front of a real list.
 */
export const csvMissingFileFix: FixProvider = {
  codes: ['csv.missing-file'],
  fixes(d, ctx) {
    const m = ctx.plan.model;
    const seg = m.segments[segmentIndexAt(m, d.start)];
    const path = getString(seg?.identity?.map, 'csv');
    if (!seg || path === undefined || /^[a-z][a-z0-9+.-]+:/i.test(path) || path.startsWith('/') || path.split(/[\\/]/).includes('..')) return [];
    const uri = Utils.resolvePath(Utils.dirname(URI.parse(ctx.plan.uri)), path.replace(/\\/g, '/')).toString();
    if (!nothingAt(ctx.host, uri)) return [];
    return [{ title: ctx.t('action.csv.create', { path }), edit: { edits: [], createFiles: [{ uri, text: csvStub(getString(seg.map, 'subnet')) }] }, preferred: true }];
  },
};
