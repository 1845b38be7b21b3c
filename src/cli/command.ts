// What every subcommand of the command line is: its options, how its arguments are read, its exit codes.
import { parseArgs } from 'node:util';

export const EXIT_OK = 0;
/** The command found problems (errors in a fact base, conflicts in a draft). */
export const EXIT_PROBLEMS = 1;
/** Wrong arguments or a file that cannot be read. */
export const EXIT_USAGE = 2;

export interface OptionSpec {
  /** Long name without dashes: "format" for --format. */
  name: string;
  /** One-letter alias without dash. */
  short?: string;
  /** Placeholder of the value for an option that takes one ("FILE"); absent for a flag. */
  value?: string;
  description: string;
}

export interface ParsedArguments {
  positionals: string[];
  /** Option name to its value, or true for a flag. */
  options: Map<string, string | true>;
}

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  /** The arguments after the command name, for the usage line: "[FACTS.yaml ...]". */
  usage: string;
  summary: string;
  options: OptionSpec[];
  /** Returns the exit code. */
  run(args: ParsedArguments, output: CommandOutput): Promise<number>;
}

export class UsageError extends Error {}

/** Splits arguments into options (`--name value`, `--name=value`, `-n value`, flags) and positionals; `--` ends options. */
export function parseArguments(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArguments {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  // Not strict, so that each wrong argument is told in this command line's own words below.
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(specs.map((spec) => [spec.name, { type: spec.value ? 'string' : 'boolean', ...(spec.short ? { short: spec.short } : {}) }])),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const parsed: ParsedArguments = { positionals: [], options: new Map() };
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = byName.get(token.name);
    if (!spec) throw new UsageError(`unknown option ${token.rawName}`);
    if (!spec.value && token.value !== undefined) throw new UsageError(`option --${spec.name} takes no value`);
    if (spec.value && token.value === undefined) throw new UsageError(`option --${spec.name} needs a value (${spec.value})`);
    parsed.options.set(spec.name, token.value ?? true);
  }
  return parsed;
}
