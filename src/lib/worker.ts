/**
 * Starting a worker thread on a module of this code base, whether it runs compiled (`node dist/…`, the module
 * is .js) or from its TypeScript source (tsx, vitest: the module is .ts). tsx's loader is not inherited by
 * worker threads, so a .ts module is started through a small bootstrap that registers tsx in the worker first.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The module `name` (without extension) in the folder of the module at `moduleUrl` (its `import.meta.url`),
 * with that module's own extension: compiled, both are .js; from source, both are .ts.
 */
export function siblingModule(moduleUrl: string, name: string): string {
  const here = fileURLToPath(moduleUrl);
  return path.join(path.dirname(here), `${name}${path.extname(here)}`);
}

/** Starts a worker thread running `file` (a .js or .ts module) with `options` (workerData, resource limits…). */
export function startWorker(file: string, options: WorkerOptions = {}): Worker {
  if (path.extname(file) !== '.ts') return new Worker(file, options);
  const api = import.meta.resolve('tsx/esm/api');
  const url = pathToFileURL(file).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
