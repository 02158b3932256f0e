/**
 * Child process of `npm run bench -- --peers`: writes what the peer engines index and ask, from a built
 * Verbatim index, so that every engine sees the same quotes and the same queries:
 * `peer-quotes.jsonl` (one quote a line: slot, text, speaker name and aliases, speaker id, publisher, date as
 * YYYYMMDD or 0) and `peer-queries.json` (the benchmark's queries, drawn as serve-child draws them).
 *
 *   tsx scripts/bench/peer-data.ts --index <dir> --out <dir> --queries 1000 --seed 42
 */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadIndex } from '../../src/store/index.js';
import { quoteDate } from '../../src/model/quote-date.js';
import { dateKeyOf } from '../../src/search/tables.js';
import { readFlags } from './args.js';
import { makeQueries } from './queries.js';

export interface PeerQuote {
  slot: number;
  text: string;
  speaker: string;
  speakerId: string;
  publisher: string;
  date: number;
}

const flags = readFlags(process.argv.slice(2));
const out = flags.get('out') ?? '';
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), Number(flags.get('seed') ?? 42));
await writeFile(path.join(out, 'peer-queries.json'), JSON.stringify(queries));

const stream = createWriteStream(path.join(out, 'peer-quotes.jsonl'));
let slot = 0;
for (const quote of index.quotes.values()) {
  const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
  const row: PeerQuote = {
    slot: slot++,
    text: quote.text,
    speaker: speaker ? [speaker.name, ...speaker.aliases].join(' ') : (quote.attribution.name ?? ''),
    speakerId: quote.speakerId ?? '',
    publisher: (index.articles.get(quote.articleId)?.publisher ?? '').trim().toLowerCase(),
    date: dateKeyOf(quoteDate(quote)) ?? 0,
  };
  if (!stream.write(`${JSON.stringify(row)}\n`))
    await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}
await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
process.stdout.write(`${JSON.stringify({ kind: 'peer-data', quotes: slot })}\n`);
