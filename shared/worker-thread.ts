// A worker thread running a module of this code base, from the build or from the sources.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts `name` (a module next to `moduleUrl`, without extension) in a worker thread. The
 * build runs `name.js`. From the sources (tests, tsx) the worker registers tsx's loader first:
 * a worker inherits neither the loader nor `--import` in its execArgv.
 */
export function spawnWorker(moduleUrl: string, name: string, workerData: Record<string, unknown>): Worker {
  const fromSource = moduleUrl.endsWith('.ts');
  const entry = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, moduleUrl);
  return fromSource
    ? new Worker(
        `const { workerData } = require('node:worker_threads');
         import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`,
        { eval: true, workerData: { ...workerData, entry: entry.href, tsx: tsxApi() } },
      )
    : new Worker(entry, { workerData });
}

/** tsx's ESM API (its `import` condition; createRequire would give the CommonJS build). */
function tsxApi(): string {
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(path.join(path.dirname(pkg), 'dist/esm/api/index.mjs')).href;
}
