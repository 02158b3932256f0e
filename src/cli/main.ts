/**
 * `verbatim`: the command line. This file only dispatches; each command is a file of this folder, listed with its
 * help in commands.ts and imported only when it runs.
 *
 *   verbatim index     corpus folder ─▶ index folder          (index.ts; into PostgreSQL: ingest.ts)
 *   verbatim search    query the index                        (search.ts)
 *   verbatim speakers  list who is quoted                     (speakers.ts)
 *   verbatim extract   files ─▶ quotes (no index)             (extract.ts)
 *   verbatim serve     the search site                        (serve.ts)
 *   verbatim db        PostgreSQL: migrate, finalize, status  (db.ts)
 *
 * Exit status: 0 all went well, 1 some inputs were skipped, 2 usage error (nothing done), 3 failed.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, debugEnabled } from '../config.js';
import { BuildRefusedError } from '../store/errors.js';
import { EXIT, UsageError, type Command } from './args.js';
import { COMMANDS } from './commands.js';
import { commandHelp, mainHelp } from './help.js';
import { failureLine, write, type CliIO } from './output.js';

export { EXIT } from './args.js';
export { failureLine, progressLines, type CliIO } from './output.js';

/** The version in package.json (two folders up from this file, compiled or not). */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Whether the arguments ask for help (`--help`/`-h` before any `--`). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs one command line (without `node` and the script) and returns the exit status. */
export async function main(
  argv: string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    await write(io.stdout, `verbatim ${version()}\n`);
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    await write(io.stdout, mainHelp(COMMANDS));
    return EXIT.ok;
  }
  let command: Command | undefined;
  try {
    if (name === undefined) throw new UsageError(null, 'missing command');
    const helpFor = name === 'help' ? rest[0] : null;
    command = COMMANDS.find((c) => c.name === (helpFor ?? name));
    if (!command) throw new UsageError(null, `unknown command '${helpFor ?? name}'`);
    if (helpFor !== null || asksForHelp(rest)) {
      await write(io.stdout, commandHelp(command));
      return EXIT.ok;
    }
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      const on = error instanceof UsageError ? error.command : (command?.name ?? null);
      await write(io.stderr, `verbatim: ${error.message}; see 'verbatim ${on === null ? '' : `${on} `}--help'\n`);
      return EXIT.usage;
    }
    await write(io.stderr, `${failureLine(error, io.debug === true)}\n`);
    return error instanceof BuildRefusedError ? EXIT.usage : EXIT.failed;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    const real = realpathSync(script);
    const here = fileURLToPath(import.meta.url);
    return real === here || real === path.resolve(path.dirname(here), '..', '..', 'bin', 'verbatim.js');
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that stops early (`verbatim extract … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const debug = debugEnabled();
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, debug }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`${failureLine(error, debug)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
