/** `verbatim speakers`: who is quoted, most quoted first (from the index, or the database when DATABASE_URL is set). */
import { BackendUnavailable } from '../backend/index.js';
import { parseDatabaseConfig, readEnv } from '../config.js';
import type { Speaker } from '../model/types.js';
import { EXIT, parseCommand, UsageError } from './args.js';
import { openIndex } from './open-index.js';
import { lineWriter, write, type CliIO } from './output.js';

/** Runs `verbatim speakers` (see commands.ts for what it takes). */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(
    'speakers',
    args,
    { json: { type: 'boolean', default: false }, index: { type: 'string' } },
    false,
  );
  const db = parseDatabaseConfig(io.env);
  if (!db.ok) throw new UsageError('speakers', db.message);
  let all: Speaker[];
  if (db.url && values.index === undefined) {
    const { PostgresBackend } = await import('../backend/postgres/index.js');
    const backend = new PostgresBackend(db.url, { readUrl: db.readUrl, max: 2, applicationName: 'verbatim-cli' });
    try {
      all = await backend.speakers();
    } catch (error) {
      if (!(error instanceof BackendUnavailable)) throw error;
      await write(io.stderr, `speakers: ${error.message}\n`);
      return EXIT.failed;
    } finally {
      await backend.close();
    }
  } else {
    const index = await openIndex(values.index ?? readEnv(['INDEX_DIR'], io.env).INDEX_DIR, io);
    if (!index) return EXIT.failed;
    all = [...index.speakers.values()];
  }
  const speakers = all.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(speakers, null, 2)}\n`);
    return EXIT.ok;
  }
  const out = lineWriter(io.stdout);
  const idWidth = Math.min(40, Math.max(2, ...speakers.map((s) => s.id.length)));
  await out.line(`${'quotes'.padStart(6)}  ${'id'.padEnd(idWidth)}  name (role)`);
  for (const s of speakers) {
    await out.line(
      `${String(s.quoteCount).padStart(6)}  ${s.id.padEnd(idWidth)}  ${s.name}${s.roles[0] ? ` (${s.roles[0]})` : ''}`,
    );
  }
  await out.flush();
  return EXIT.ok;
}
