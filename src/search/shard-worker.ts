/**
 * Worker thread of a sharded build (see build-terms.ts): indexes each range of quotes it is sent and sends back its term index as typed arrays (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { buildShardTermData, type PackedShard, type ShardInput } from './build-terms.js';

parentPort?.on('message', (input: ShardInput | PackedShard) => {
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
