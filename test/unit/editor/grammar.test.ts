import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
}

const grammar = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'syntaxes', 'crosscheck-markdown.injection.json'), 'utf8')) as {
  injectionSelector: string;
  repository: Record<string, Rule>;
};

// The grammar's expressions use only syntax that Oniguruma and JavaScript read alike.
const directive = new RegExp(grammar.repository.directive!.match!);
const citationBegin = new RegExp(grammar.repository.citation!.begin!, 'g');
const citationKey = new RegExp(grammar.repository.citation!.patterns![0]!.match!, 'g');

describe('Markdown injection grammar', () => {
  it('is injected into Markdown, outside code', () => {
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    assert.match(grammar.injectionSelector, /-markup\.fenced_code/);
  });

  it('highlights suppression comments with their codes', () => {
    const found = directive.exec('<!-- crosscheck-disable-next-line name-variant date-conflict -->');
    assert.ok(found);
    assert.equal(found[2], 'crosscheck-disable-next-line');
    assert.equal(found[3]!.trim(), 'name-variant date-conflict');
    assert.equal(directive.exec('<!-- crosscheck-enable -->')?.[2], 'crosscheck-enable');
    assert.equal(directive.exec('with <!-- crosscheck-ignore name-variant -->Trupanov')?.[2], 'crosscheck-ignore');
    assert.equal(directive.exec('<!-- a plain comment -->'), null);
  });

  it('starts a citation only at a bracket that holds an @key and is not a link', () => {
    const starts = (text: string) => [...text.matchAll(citationBegin)].map((match) => match.index);
    assert.deepEqual(starts('Talks [@s000] and [see @s001; @s004, p. 2].'), [6, 18]);
    assert.deepEqual(starts('A [link](https://example.com/@x) and [plain text].'), []);
    assert.deepEqual(starts('Mail [me@example.com](mailto:me@example.com).'), []);
  });

  it('marks each key of a citation', () => {
    const keys = [...'[see @s001; @s004, p. 2]'.matchAll(citationKey)].map((match) => match[2] ?? match[4]);
    assert.deepEqual(keys, ['s001', 's004']);
  });
});
