/** The help texts: `verbatim --help` (commands, environment, exit statuses) and `verbatim <command> --help`. */
import { ENVIRONMENT_VARIABLES } from '../config.js';
import type { Command } from './args.js';

export const EXIT_STATUS_TEXT = `Exit status:
  0  all went well
  1  done, but some inputs were skipped (each one named on stderr)
  2  usage: the command line cannot be run as given, nothing was done (a bad option or value, a bad
     environment variable; --out is not a new, empty or Verbatim-built folder; --out and --corpus overlap)
  3  failed: the index is missing or unusable, the output is not writable or the disk is full,
     another build is writing the same --out, or an internal error (VERBATIM_DEBUG=1 shows its stack);
     a failed build leaves the previous index as it was
`;

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}\n`).join('');
}

/** `verbatim --help`. */
export function mainHelp(commands: readonly Command[]): string {
  const environment = Object.entries<string>(ENVIRONMENT_VARIABLES);
  return (
    'Usage: verbatim <command> [options]\n' +
    '       verbatim <command> --help     what a command takes\n\n' +
    'Commands:\n' +
    table(commands.map((c) => [c.name, c.summary])) +
    '\nOptions:\n' +
    table([
      ['-h, --help', 'show this text'],
      ['-v, --version', "show Verbatim's version"],
    ]) +
    '\nEnvironment (options given on the command line win):\n' +
    table(environment) +
    '\n' +
    EXIT_STATUS_TEXT
  );
}

/** `verbatim <command> --help`. */
export function commandHelp(command: Command): string {
  const environment = command.environment.map((name): [string, string] => [
    name,
    ENVIRONMENT_VARIABLES[name as keyof typeof ENVIRONMENT_VARIABLES],
  ]);
  return (
    `Usage: verbatim ${command.name} ${command.synopsis}\n\n` +
    `${command.description}\n\n` +
    'Options:\n' +
    table([...command.options.map((o): [string, string] => [o.flag, o.text]), ['-h, --help', 'show this text']]) +
    (environment.length > 0 ? `\nEnvironment:\n${table(environment)}` : '') +
    '\nExit status: 0 ok, 1 some inputs skipped, 2 usage error, 3 failed (details: verbatim --help)\n'
  );
}
