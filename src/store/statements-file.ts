/**
 * `statements.bin`: the statement grouping of an index's quotes (src/statements), computed at build time so
 * that loading never groups. Little-endian uint32 words, by quote slot (position in `quotes.jsonl`):
 *
 *   quotes  groups  fragments  ( size  representative  slot×size )×groups  ( fragment  outer )×fragments
 *
 * Statements of one report are left out: a quote in none of the groups is its own statement.
 */
import path from 'node:path';
import type { StatementSlots } from '../statements/group.js';
import { displayPath, IndexError } from './errors.js';

/** The grouping as the bytes of `statements.bin`. */
export function encodeStatements(quotes: number, grouping: StatementSlots): Buffer {
  let words = 3 + grouping.fragments.length * 2;
  for (const g of grouping.grouped) words += 2 + g.slots.length;
  const out = new Uint32Array(words);
  let k = 0;
  out[k++] = quotes;
  out[k++] = grouping.grouped.length;
  out[k++] = grouping.fragments.length;
  for (const g of grouping.grouped) {
    out[k++] = g.slots.length;
    out[k++] = g.representative;
    for (const s of g.slots) out[k++] = s;
  }
  for (const [fragment, outer] of grouping.fragments) {
    out[k++] = fragment;
    out[k++] = outer;
  }
  return toLittleEndian(out);
}

/** Reads `statements.bin` back; a file that does not fit `quotes` quotes is refused naming it. */
export function decodeStatements(dir: string, name: string, buffer: Buffer, quotes: number): StatementSlots {
  const refuse = (why: string): never => {
    throw new IndexError(`'${displayPath(path.join(dir, name))}' ${why}`);
  };
  if (buffer.length % 4 !== 0 || buffer.length < 12) refuse('is not a statements file');
  const words = buffer.length / 4;
  const at = (k: number): number => (k < words ? buffer.readUInt32LE(k * 4) : refuse('is cut short'));
  if (at(0) !== quotes) refuse(`is for ${at(0)} quotes, not ${quotes}`);
  const slot = (k: number): number => {
    const s = at(k);
    return s < quotes ? s : refuse(`names quote slot ${s} of ${quotes}`);
  };
  const grouped = new Array<StatementSlots['grouped'][number]>(at(1));
  const fragments = new Array<StatementSlots['fragments'][number]>(at(2));
  let k = 3;
  for (let g = 0; g < grouped.length; g++) {
    const size = at(k++);
    if (size < 2) refuse(`holds a group of ${size} reports`);
    const representative = slot(k++);
    const slots = new Array<number>(size);
    for (let m = 0; m < size; m++) slots[m] = slot(k++);
    grouped[g] = { slots, representative };
  }
  for (let f = 0; f < fragments.length; f++) {
    const fragment = slot(k++);
    fragments[f] = [fragment, slot(k++)];
  }
  if (k !== words) refuse('has trailing data');
  return { grouped, fragments };
}

function toLittleEndian(words: Uint32Array): Buffer {
  const buffer = Buffer.from(words.buffer, words.byteOffset, words.byteLength);
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) buffer.swap32();
  return buffer;
}
