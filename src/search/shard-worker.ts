/**
 * Worker thread of a sharded build (see build-terms.ts): indexes one range of quotes with minisearch and
 * sends back its term index as typed arrays (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { buildShardTermData, type ShardInput } from './build-terms.js';

parentPort?.on('message', (input: ShardInput) => {
  try {
    const data = buildShardTermData(input);
    const buffers = [
      data.postStart.buffer,
      data.postDocs.buffer,
      data.postTf.buffer,
      data.fieldLength.buffer,
    ] as ArrayBuffer[];
    parentPort!.postMessage({ data }, buffers);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
