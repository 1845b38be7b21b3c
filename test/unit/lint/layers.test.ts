// The lint rules of eslint.config.mjs, run on small files placed where they would stand in the tree:
// each layer's boundary and the no-module-state rule fail on what they forbid and pass what they allow.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The rule ids lint reports for `code` were it the file at `file` (relative to the repository). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('lint: layers', function () {
  this.timeout(60000);

  it('keeps the editor API, Node built-ins and the adapters out of src/core', async () => {
    for (const line of ["import * as vscode from 'vscode';", "import { readFileSync } from 'fs';", "import * as path from 'node:path';", "import { runCli } from '../cli/main';", "import { realPathOf } from '../node/regular-files';"]) {
      assert.deepEqual(await problems('src/core/example.ts', `${line}\n`), ['no-restricted-imports'], line);
    }
    assert.deepEqual(await problems('src/core/example.ts', "export const file = process.argv[2];\n"), ['no-restricted-globals']);
    assert.deepEqual(await problems('src/core/example.ts', "import { LineIndex } from './text/lines';\nexport const linesOf = (text: string) => new LineIndex(text);\n"), []);
  });

  it('keeps the text layer below the fact base, and the checker away from presentation', async () => {
    assert.deepEqual(await problems('src/core/text/example.ts', "import type { FactBase } from '../factbase/types';\nexport type Base = FactBase;\n"), ['no-restricted-imports']);
    assert.deepEqual(await problems('src/core/check/rules/example.ts', "import { describeTime } from '../../editor/describe';\nexport const time = describeTime;\n"), ['no-restricted-imports']);
    assert.deepEqual(await problems('src/core/editor/example.ts', "import { humanDate } from '../check/rules/messages';\nexport const date = humanDate;\n"), []);
  });

  it('keeps the command line and the extension apart', async () => {
    assert.deepEqual(await problems('src/cli/example.ts', "import { activate } from '../vscode/extension';\nexport const run = activate;\n"), ['no-restricted-imports']);
    assert.deepEqual(await problems('src/cli/example.ts', "import * as vscode from 'vscode';\nexport const api = vscode;\n"), ['no-restricted-imports']);
    assert.deepEqual(await problems('src/vscode/example.ts', "import { runCli } from '../cli/main';\nexport const run = runCli;\n"), ['no-restricted-imports']);
  });

  it('finds an import cycle', async () => {
    // command.ts is imported by main.ts; were it to import main.ts back, the two would form a cycle.
    assert.deepEqual(await problems('src/cli/command.ts', "import { runCli } from './main';\nexport const run = runCli;\n"), ['import-x/no-cycle']);
  });
});

describe('lint: no module-level state in src/core', function () {
  this.timeout(60000);
  const lint = (code: string) => problems('src/core/example.ts', code);

  it('fails on a top-level let or var, a top-level instance of a class of the project, and a static field not readonly', async () => {
    assert.deepEqual(await lint('export let count = 0;\n'), ['crosscheck/no-module-state']);
    assert.deepEqual(await lint('export var count = 0;\n'), ['crosscheck/no-module-state']);
    assert.deepEqual(await lint('class Table { size = 0; }\nexport const table = new Table();\n'), ['crosscheck/no-module-state']);
    assert.deepEqual(await lint('export class Table { static made = 0; static readonly LIMIT = 4; }\n'), ['crosscheck/no-module-state']);
  });

  it('fails on a module-level container that a function writes to', async () => {
    for (const write of ['seen.set(key, 1)', 'seen.clear()', 'list.push(key)', 'list[0] = key', 'list.length = 0', 'counts[0]++', 'delete record[key]', 'nested.inner.add(key)']) {
      const code = `const seen = new Map<string, number>();\nconst list: string[] = [];\nconst counts = new Int32Array(4);\nconst record: Record<string, number> = {};\nconst nested = { inner: new Set<string>() };\nexport function note(key: string): void {\n  ${write};\n}\nexport const all = [seen, list, counts, record, nested];\n`;
      assert.deepEqual(await lint(code), ['crosscheck/no-module-state'], write);
    }
  });

  it('allows constants, tables filled as the module loads, reads, memoized values and a regular expression’s lastIndex', async () => {
    const code = [
      "import { memoize } from './check/per-fact-base';",
      'const TABLE = new Uint8Array(128);',
      'for (let code = 97; code <= 122; code++) TABLE[code] = 1;',
      "const WORDS: ReadonlySet<string> = new Set(['a', 'b']);",
      'const WORD = /\\w+/y;',
      'const lengthsOf = memoize((words: string[]) => words.map((word) => word.length));',
      'export function isWord(text: string, at: number): boolean {',
      '  WORD.lastIndex = at;',
      '  const local = new Map<string, number>();',
      '  local.set(text, at);',
      '  return TABLE[text.charCodeAt(at)] === 1 && WORD.test(text) && WORDS.has(text) && lengthsOf([text]).length > 0;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(await lint(code), []);
  });
});
