// The `crosscheck` command line: global options, then one subcommand from the table below.
import packageJson from '../../package.json';
import { checkCommand } from './check';
import { initCommand } from './init';
import { snapshotCommand } from './snapshot';
import { validateCommand } from './validate';

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

const COMMANDS: Command[] = [checkCommand, validateCommand, initCommand, snapshotCommand];

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'show this help' };

export class UsageError extends Error {}

/** Splits arguments into options (`--name value`, `--name=value`, `-n value`, flags) and positionals; `--` ends options. */
export function parseArguments(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArguments {
  const parsed: ParsedArguments = { positionals: [], options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const [written, inlineValue] = arg.startsWith('--') ? splitOnce(arg.slice(2), '=') : [arg.slice(1), undefined];
    const spec = specs.find((candidate) => (arg.startsWith('--') ? candidate.name === written : candidate.short === written));
    if (!spec) throw new UsageError(`unknown option ${arg}`);
    if (!spec.value) {
      if (inlineValue !== undefined) throw new UsageError(`option --${spec.name} takes no value`);
      parsed.options.set(spec.name, true);
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new UsageError(`option --${spec.name} needs a value (${spec.value})`);
    parsed.options.set(spec.name, value);
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function optionLines(options: readonly OptionSpec[]): string[] {
  return options.map((option) => {
    const names = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
    return `  ${names.padEnd(24)} ${option.description}`;
  });
}

function generalHelp(): string {
  return [
    'Usage: crosscheck <command> [options]',
    '',
    'Checks report drafts against a fact base drawn from source documents.',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(24)} ${command.summary}`),
    '',
    'Options:',
    ...optionLines([HELP_OPTION, { name: 'version', short: 'v', description: 'print the version' }]),
    '',
    'Run "crosscheck <command> --help" for the options of a command.',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [`Usage: crosscheck ${command.name} ${command.usage}`, '', command.summary, '', 'Options:', ...optionLines([...command.options, HELP_OPTION])].join('\n');
}

export async function runCli(argv: readonly string[], output: CommandOutput): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? output.err : output.out)(generalHelp());
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    output.out(packageJson.version);
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    output.err(`crosscheck: unknown command "${first}"\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  let args: ParsedArguments;
  try {
    args = parseArguments(rest, [...command.options, HELP_OPTION]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`crosscheck ${command.name}: ${error.message}\n\n${commandHelp(command)}`);
    return EXIT_USAGE;
  }
  if (args.options.has('help')) {
    output.out(commandHelp(command));
    return EXIT_OK;
  }
  return command.run(args, output);
}

/**
 * Control characters shown as "\u001b" and the like: a fact base's text printed to a terminal may
 * hold escape sequences that would move the cursor, rewrite what was printed or retitle the window.
 */
export function visibleControls(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes lines to a stream, control characters made visible on a terminal. Once the reader of a
 * pipe has gone (`crosscheck check . | head -1`), further lines are dropped without a word.
 */
export function lineWriter(stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write' | 'on'>): (line: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write((stream.isTTY ? visibleControls(line) : line) + '\n');
  };
}

if (require.main === module) {
  const output: CommandOutput = { out: lineWriter(process.stdout), err: lineWriter(process.stderr) };
  runCli(process.argv.slice(2), output).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      output.err(`crosscheck: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
