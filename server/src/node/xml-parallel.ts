/**
 * `pocplan import panos` on a large configuration, on both cores: checking that the XML is
 * well-formed (fast-xml-parser's XMLValidator, a full pass) takes longer than everything else the
 * import does, and nothing else needs its answer until the end. So the file is read into shared
 * memory, a worker thread (xml-validate-worker.ts) validates it while this thread decodes, parses
 * and maps the same bytes, and the two answers are joined as the service would join them
 * (`importPanos(…, { validated: true })`: a DTD first, then the validator's problem, then the
 * parse's). Small files, or a worker that cannot start, are validated on this thread.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { wellFormedProblem, type XmlProblem } from '../service/panos';

/** Below this the worker's start-up (tens of ms) costs more than it saves. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/** The worker script: next to this module (tsc output), or next to the bundle (dist/). */
function workerScript(): string | undefined {
  const file = path.join(__dirname, 'xml-validate-worker.js');
  return fs.existsSync(file) ? file : undefined;
}

/** Whether `wellFormedInBackground` would use a worker for these bytes (else validate on this thread). */
export function worthAWorker(bytes: Uint8Array): boolean {
  return bytes.byteLength >= PARALLEL_MIN_BYTES && bytes.buffer instanceof SharedArrayBuffer && workerScript() !== undefined;
}

/**
 * Starts checking `bytes` (decoded as `encoding`, the same string as `text`) for well-formedness.
 * The promise never rejects: when the worker fails, the check runs here, on `text()`.
 */
export function wellFormedInBackground(bytes: Uint8Array, encoding: 'latin1' | 'utf8', text: () => string): Promise<XmlProblem | undefined> {
  const here = (): Promise<XmlProblem | undefined> => Promise.resolve(wellFormedProblem(text()));
  const script = worthAWorker(bytes) ? workerScript() : undefined;
  if (!script) return here();
  return new Promise((resolve) => {
    let settled = false;
    // Only the first answer counts; the fallback runs only when no answer came from the worker.
    const done = (answer: () => Promise<XmlProblem | undefined>): void => { if (!settled) { settled = true; void answer().then(resolve); } };
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { bytes, encoding } });
    } catch {
      done(here);
      return;
    }
    worker.once('message', (m: { problem: XmlProblem | null }) => { done(() => Promise.resolve(m.problem ?? undefined)); void worker.terminate(); });
    worker.once('error', () => done(here));
    worker.once('exit', () => done(here));
  });
}
