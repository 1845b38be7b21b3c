// The `crosscheck` command line: global options, then one subcommand from the table below.
import packageJson from '../../package.json';
import { EXIT_OK, EXIT_USAGE, parseArguments, UsageError, type Command, type CommandOutput, type OptionSpec, type ParsedArguments } from './command';
import { checkCommand } from './check';
import { initCommand } from './init';
import { snapshotCommand } from './snapshot';
import { validateCommand } from './validate';

const COMMANDS: Command[] = [checkCommand, validateCommand, initCommand, snapshotCommand];

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'show this help' };

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
