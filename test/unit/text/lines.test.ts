import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../src/core/text/lines';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns and back', () => {
    const text = 'first\nsecond line\n\nlast';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.position(0), { line: 1, column: 1, offset: 0 });
    assert.deepEqual(index.position(5), { line: 1, column: 6, offset: 5 });
    assert.deepEqual(index.position(6), { line: 2, column: 1, offset: 6 });
    assert.deepEqual(index.position(18), { line: 3, column: 1, offset: 18 });
    assert.deepEqual(index.position(22), { line: 4, column: 4, offset: 22 });
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, column } = index.position(offset);
      assert.equal(index.offsetAt(line, column), offset);
    }
  });

  it('treats CRLF and a lone CR as line breaks', () => {
    const text = 'a\r\nb\rc';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 3);
    assert.deepEqual(index.position(3), { line: 2, column: 1, offset: 3 });
    assert.deepEqual(index.position(5), { line: 3, column: 1, offset: 5 });
    assert.equal(index.offsetAt(1, 99), 1, 'a column past the end stops before CRLF');
    assert.equal(index.offsetAt(2, 99), 4, 'a column past the end stops before CR');
  });

  it('clamps offsets, lines and columns outside the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.position(-5), { line: 1, column: 1, offset: 0 });
    assert.deepEqual(index.position(99), { line: 2, column: 3, offset: 5 });
    assert.deepEqual(index.position(Number.NaN), { line: 1, column: 1, offset: 0 });
    assert.equal(index.offsetAt(0, 0), 0);
    assert.equal(index.offsetAt(9, 1), 3);
    assert.equal(index.offsetAt(2, 9), 5);
    assert.equal(index.lineStart(2), 3);
  });

  it('handles an empty text and a trailing line break', () => {
    assert.equal(new LineIndex('').lineCount, 1);
    const index = new LineIndex('x\n');
    assert.equal(index.lineCount, 2);
    assert.deepEqual(index.position(2), { line: 2, column: 1, offset: 2 });
  });
});
