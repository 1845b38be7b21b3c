// What package.json promises is tested in the real extension host: every command it contributes is
// named by an integration suite (test/integration/), which runs it there. (Its views are each focused
// by commands.test.ts, which reads them from package.json.)
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SUITES = path.join(ROOT, 'test', 'integration');

interface Manifest {
  contributes: { commands: { command: string }[] };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** The text of every integration suite. */
function suitesText(): string {
  return fs
    .readdirSync(SUITES)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => fs.readFileSync(path.join(SUITES, name), 'utf8'))
    .join('\n');
}

describe('package.json contributions', () => {
  it('every contributed command is run by an integration suite', () => {
    const suites = suitesText();
    const untested = manifest.contributes.commands.map((each) => each.command).filter((command) => !suites.includes(`'${command}'`));
    assert.deepEqual(untested, []);
  });
});
