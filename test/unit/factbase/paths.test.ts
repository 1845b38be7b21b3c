import * as assert from 'node:assert/strict';
import { basename, dirname, isInside, normalizePath, resolveRelative } from '../../../src/core/paths';

describe('core path helpers', () => {
  it('resolve a path relative to a file, for POSIX paths, Windows paths and URIs', () => {
    assert.equal(resolveRelative('/kb/facts.yaml', 'sources/a.txt'), '/kb/sources/a.txt');
    assert.equal(resolveRelative('/kb/more/facts.yaml', '../sources/./a.txt'), '/kb/sources/a.txt');
    assert.equal(resolveRelative('facts.yaml', 'sources/a.txt'), 'sources/a.txt');
    assert.equal(resolveRelative('../kb/facts.yaml', '../../a.txt'), '../../a.txt');
    assert.equal(resolveRelative('/kb/facts.yaml', '/elsewhere/a.txt'), '/elsewhere/a.txt');
    assert.equal(resolveRelative('C:\\kb\\facts.yaml', 'sources\\a.txt'), 'C:/kb/sources/a.txt');
    assert.equal(resolveRelative('file:///home/x/facts.yaml', 'sources/a.txt'), 'file:///home/x/sources/a.txt');
    assert.equal(resolveRelative('vscode-vfs://github/org/repo/facts.yaml', '../up.txt'), 'vscode-vfs://github/org/up.txt');
    assert.equal(resolveRelative('file:///kb/facts.yaml', 'https://example.org/a.txt'), 'https://example.org/a.txt');
  });

  it('split paths and URIs into folder and name', () => {
    assert.equal(dirname('/kb/facts.yaml'), '/kb');
    assert.equal(dirname('/facts.yaml'), '/');
    assert.equal(dirname('facts.yaml'), '.');
    assert.equal(dirname('file:///kb/facts.yaml'), 'file:///kb');
    assert.equal(basename('file:///kb/facts.yaml'), 'facts.yaml');
    assert.equal(basename('C:\\kb\\facts.yaml'), 'facts.yaml');
  });

  it('normalize dot segments', () => {
    assert.equal(normalizePath('/a/./b/../c//d'), '/a/c/d');
    assert.equal(normalizePath('/../a'), '/a');
    assert.equal(normalizePath('a/..'), '.');
  });

  it('tell whether a path or URI lies inside a folder, by whole segments', () => {
    assert.ok(isInside('/kb', '/kb/sources/a.txt'));
    assert.ok(isInside('/kb', '/kb'));
    assert.ok(isInside('/kb/', '/kb/a.txt'));
    assert.ok(!isInside('/kb', '/kb-other/a.txt'));
    assert.ok(!isInside('/kb', '/kb/../etc/passwd'));
    assert.ok(isInside('C:\\kb', 'c:/kb/a.txt'));
    assert.ok(!isInside('C:\\kb', 'D:/kb/a.txt'));
    assert.ok(isInside('file:///home/x', 'file:///home/x/sources/a.txt'));
    assert.ok(!isInside('file:///home/x', 'vscode-vfs://github/home/x/a.txt'));
    assert.ok(isInside('.', 'sources/a.txt'));
    assert.ok(!isInside('.', '../a.txt'));
    assert.ok(!isInside('.', '/etc/passwd'));
  });
});
