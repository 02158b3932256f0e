/** `verbatim serve`: the search site. */
import { readEnv } from '../config.js';
import { parseCommand, UsageError } from './args.js';
import type { CliIO } from './output.js';

/** Runs `verbatim serve` (see commands.ts for what it takes). */
export async function run(args: string[], io: CliIO): Promise<number> {
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
