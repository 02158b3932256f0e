/** `verbatim serve`: the search site. */
import { readEnv } from '../config.js';
import { parseCommand, UsageError, type Command } from './args.js';
import type { CliIO } from './output.js';

export const serveCommand: Command = {
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
  run,
};

async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(
    'serve',
    args,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      watch: { type: 'boolean', default: false },
      'follow-links': { type: 'boolean', default: false },
      corpus: { type: 'string' },
      index: { type: 'string' },
    },
    false,
  );
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!/^\d{1,5}$/.test(values.port!) || port > 65535)) {
    throw new UsageError('serve', `serve: --port '${values.port}' must be a port number (0-65535)`);
  }
  // The server reads the whole environment: a bad variable is said here, in one line, before anything starts.
  readEnv(['PORT', 'HOST', 'BASE_URL', 'CORPUS_DIR', 'INDEX_DIR', 'SEARCH_CACHE_MB', 'DATABASE_URL'], io.env);
  const { startServer } = await import('../server.js');
  // Unset options fall back to the server's configuration (environment), so they are passed through as given.
  await startServer({
    port,
    host: values.host,
    watch: values.watch,
    followLinks: values['follow-links'],
    corpusDir: values.corpus,
    indexDir: values.index,
  });
  return 0;
}
