/**
 * The commands of `verbatim`: what help says of each one, and the file of this folder that runs it. A command's file
 * (and what it imports: the extractor, the index builder, the PostgreSQL client, the web server) is loaded only when
 * that command runs, so `--help` and `--version` load none of them and each command only its own: a process of
 * `verbatim index --shard i/n` does not compile the search engine or the site.
 */
import type { Command } from './args.js';

const indexCommand: Command = {
  name: 'index',
  summary: 'build the index of a corpus folder',
  synopsis: '[--corpus DIR] [--out DIR] [--follow-links] [--memory-mb N]',
  description:
    'Reads every article file under the corpus folder, extracts the quotes and writes the index folder\n' +
    'atomically (the previous index stays until the new one is complete). Unchanged articles reuse the\n' +
    "previous index's extraction.",
  options: [
    { flag: '--corpus DIR', text: 'the corpus folder (default: $CORPUS_DIR, else ./corpus)' },
    { flag: '--out DIR', text: 'the index folder to write (default: $INDEX_DIR, else ./index)' },
    { flag: '--follow-links', text: 'follow symbolic links that lead out of the corpus folder (default: report them)' },
    {
      flag: '--memory-mb N',
      text: "memory the build sizes its batches for, in MB (default: a quarter of this machine's, at most 8192); it changes how the work is cut, not the index",
    },
    // With DATABASE_URL set (cli/ingest.ts).
    {
      flag: '--shard i/n',
      text: 'with DATABASE_URL: ingest only part i of n (run n processes at once, then `verbatim db finalize`)',
    },
    { flag: '--prune', text: 'with DATABASE_URL: delete stored articles whose files are gone' },
    { flag: '--batch N', text: 'with DATABASE_URL: articles loaded per transaction (default 4,000)' },
    {
      flag: '--extract-cache FILE',
      text: 'with DATABASE_URL: reuse the extractions kept in FILE, append the new ones (load a corpus again without extracting it)',
    },
  ],
  environment: ['CORPUS_DIR', 'INDEX_DIR', 'DATABASE_URL'],
  load: () => import('./index.js'),
};

const searchCommand: Command = {
  name: 'search',
  summary: 'search the quotes of the index',
  synopsis: '<query> [options]',
  description:
    'Searches quotes by words ("exact phrase", -excluded), as the site and /api/search do, with the same rules\n' +
    'for every option. Without --sort, results are ranked by relevance.',
  options: [
    { flag: '--speaker ID|NAME', text: 'quotes of this speaker (id, name or alias; repeatable)' },
    { flag: '--publisher NAME', text: 'quotes from this publisher (repeatable)' },
    { flag: '--from DATE', text: 'said on or after DATE (YYYY-MM-DD)' },
    { flag: '--to DATE', text: 'said on or before DATE (YYYY-MM-DD)' },
    { flag: '--sort ORDER', text: 'relevance (default), newest or oldest' },
    { flag: '--page N', text: 'page of results (default 1)' },
    { flag: '--limit N', text: 'results per page, 1 to 100 (default 20)' },
    { flag: '--min-confidence X', text: 'only quotes whose attribution confidence is at least X (0 to 1)' },
    { flag: '--json', text: 'print the API response as JSON' },
    { flag: '--index DIR', text: 'the index folder (default: $INDEX_DIR, else ./index; ignored: DATABASE_URL)' },
  ],
  environment: ['INDEX_DIR', 'DATABASE_URL', 'DATABASE_READ_URL'],
  load: () => import('./search.js'),
};

const speakersCommand: Command = {
  name: 'speakers',
  summary: 'list the speakers of the index, most quoted first',
  synopsis: '[--json] [--index DIR]',
  description: 'Lists every speaker of the index with their id (what `search --speaker` takes), name and role.',
  options: [
    { flag: '--json', text: 'print the speaker records as JSON' },
    { flag: '--index DIR', text: 'the index folder (default: $INDEX_DIR, else ./index; ignored: DATABASE_URL)' },
  ],
  environment: ['INDEX_DIR', 'DATABASE_URL', 'DATABASE_READ_URL'],
  load: () => import('./speakers.js'),
};

const extractCommand: Command = {
  name: 'extract',
  summary: 'extract the quotes of files or folders, without indexing',
  synopsis: '<file|folder|->... [--format jsonl|json|text]',
  description:
    'Prints the quotes of article files (.txt .md .json .jsonl .html), of every article file under a folder, or\n' +
    "of standard input ('-': JSON Lines, JSON or plain text, told apart by its content). Article and quote ids\n" +
    "are those an index of the folder (or of the file's folder) gives, so the output joins with the API.\n" +
    'Each quote has its attribution confidence, its band (certain ≥ 0.9, likely ≥ 0.6, uncertain) and, when it\n' +
    'is dated, how the date was found (saidAtBasis: stated, relative, event or inferred).',
  options: [{ flag: '--format F', text: 'jsonl (default: one line per quote piece), json (one array) or text' }],
  environment: [],
  load: () => import('./extract.js'),
};

const serveCommand: Command = {
  name: 'serve',
  summary: 'run the search site (builds the index first when it is stale)',
  synopsis: '[--port N] [--host NAME] [--watch] [--follow-links] [--corpus DIR] [--index DIR]',
  description:
    'Builds the index when it is missing or stale, then serves the site and its JSON API. SIGHUP rebuilds the\n' +
    'index (served from the old one meanwhile); SIGTERM and SIGINT close cleanly.',
  options: [
    { flag: '--port N', text: 'port to listen on, 0 for any free one (default: $PORT, else 3000)' },
    { flag: '--host NAME', text: 'interface to listen on (default: $HOST, else localhost)' },
    { flag: '--watch', text: 'rebuild and swap the index when the corpus folder changes' },
    { flag: '--follow-links', text: 'follow symbolic links that lead out of the corpus folder' },
    { flag: '--corpus DIR', text: 'the corpus folder (default: $CORPUS_DIR, else ./corpus)' },
    { flag: '--index DIR', text: 'the index folder (default: $INDEX_DIR, else ./index)' },
  ],
  environment: ['PORT', 'HOST', 'BASE_URL', 'CORPUS_DIR', 'INDEX_DIR', 'SEARCH_CACHE_MB', 'DATABASE_URL'],
  load: () => import('./serve.js'),
};

const dbCommand: Command = {
  name: 'db',
  summary: 'PostgreSQL: apply migrations, run the corpus-wide step, show the state',
  synopsis: '<migrate|finalize|status>',
  description:
    'migrate: applies the schema migrations not applied yet (in one transaction, under a lock).\n' +
    'finalize: resolves speakers and groups statements over the whole stored corpus: run it once every\n' +
    '  `verbatim index --shard i/n` is done (an unsharded ingest runs it itself).\n' +
    'status: counts, schema version, and whether articles were ingested since the last finalize.',
  options: [],
  environment: ['DATABASE_URL'],
  load: () => import('./db.js'),
};

/** Every command, in the order `verbatim --help` lists them. */
export const COMMANDS: readonly Command[] = [
  indexCommand,
  searchCommand,
  speakersCommand,
  extractCommand,
  serveCommand,
  dbCommand,
];
