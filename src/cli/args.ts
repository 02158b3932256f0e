/** What every command shares: its description for help, strict argument parsing, usage errors, exit statuses. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIO } from './output.js';

/** Exit statuses, as `verbatim --help` lists them. */
export const EXIT = { ok: 0, skipped: 1, usage: 2, failed: 3 } as const;

/**
 * A command line that cannot be run as given: one line and a hint (`see 'verbatim search --help'`), exit
 * status 2, nothing done. `command` is null for the top level (no or an unknown command).
 */
export class UsageError extends Error {
  constructor(
    readonly command: string | null,
    message: string,
  ) {
    super(message);
  }
}

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** One option as `verbatim <command> --help` shows it. */
export interface OptionHelp {
  flag: string;
  text: string;
}

/** What a command's module exports: the command's work, given its arguments (after the command name). */
export interface CommandModule {
  run(args: string[], io: CliIO): Promise<number>;
}

/**
 * A `verbatim` command: what help says about it, and where its code is. `load` imports the command's module only
 * when the command runs, so a command starts with what it uses (the extractor, the index builder, the PostgreSQL
 * client…) and help and the version with none of them.
 */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Arguments after the command name, e.g. `<query> [options]`. */
  synopsis: string;
  /** What the command does, a few lines. */
  description: string;
  options: OptionHelp[];
  /** Environment variables the command reads. */
  environment: string[];
  load(): Promise<CommandModule>;
}

/** A parseArgs error (Node's wording) as a short message naming the option or argument and the command. */
function describeParseError(command: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${quoted}' for '${command}'`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `'${command}' takes no argument '${quoted}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = quoted.split(' ')[0]!;
    return message.includes('argument missing')
      ? `option '${flag}' of '${command}' needs a value`
      : `option '${flag}' of '${command}' takes no value`;
  }
  return `${command}: ${message}`;
}

/**
 * Parses one command's arguments strictly (unknown options and bad shapes are usage errors). `--help` is
 * accepted by every command; the caller prints the command's help when it is set.
 */
export function parseCommand<T extends OptionSpecs>(command: string, args: string[], options: T, positionals: boolean) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: positionals,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(command, describeParseError(command, error));
  }
}
