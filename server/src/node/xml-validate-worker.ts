/**
 * Worker thread of xml-parallel.ts: decodes the configuration's bytes (shared with the main
 * thread, not copied) and checks that they are well-formed XML, with the same function the
 * service uses (service/panos/xml.ts `wellFormedProblem`). Bundled on its own as
 * dist/xml-validate-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { wellFormedProblem } from '../service/panos/xml';

interface Task { bytes: Uint8Array; encoding: 'latin1' | 'utf8' }

const task = workerData as Task;
const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString(task.encoding);
parentPort?.postMessage({ problem: wellFormedProblem(text) ?? null });
