/** Shared by the write-safety tests: a real file system with one call made to fail, as a full disk or a read-only folder would. */
import * as fs from 'node:fs';
import type { WriteFs } from '../server/src/node/safe-write';

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with `call` throwing `code` whenever `when` says so (always by default). */
export function failingFs(call: keyof WriteFs, code: string, when: (...args: unknown[]) => boolean = () => true): WriteFs {
  return new Proxy(fs, {
    get(target, prop) {
      const real = Reflect.get(target, prop) as unknown;
      if (prop !== call || typeof real !== 'function') return real;
      return (...args: unknown[]) => { if (when(...args)) throw errno(code); return (real as (...a: unknown[]) => unknown).apply(target, args); };
    },
  }) as WriteFs;
}
