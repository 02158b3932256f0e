/**
 * Worker thread of finalize's search rows (see search-rows.ts): makes the rows of the range of quotes it is sent and
 * sends them back with the range's vocabulary.
 */
import { parentPort } from 'node:worker_threads';
import { makeSearchRows, type SearchRowInput } from './search-rows.js';

parentPort?.on('message', (inputs: SearchRowInput[]) => {
  try {
    parentPort!.postMessage({ part: makeSearchRows(inputs) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
