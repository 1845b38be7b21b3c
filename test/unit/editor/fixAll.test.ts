import * as assert from 'node:assert/strict';
import type { DraftRange, Finding, FindingCode } from '../../../src/core/check/types';
import { fixAllReplacements } from '../../../src/core/editor/fixAll';

function range(start: number, end: number): DraftRange {
  return { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } };
}

function finding(code: FindingCode, start: number, end: number, replacements: string[]): Finding {
  return {
    code,
    severity: 'warning',
    message: code,
    range: range(start, end),
    related: [],
    fixes: replacements.map((replacement) => ({ title: `Replace with ${replacement}`, replacement })),
  };
}

describe('fix all', () => {
  const findings = [
    finding('name-variant', 30, 38, ['Trufanov']),
    finding('name-variant', 0, 8, ['Trufanov', 'Other']),
    finding('date-conflict', 10, 20, ['3 February 2025']),
    finding('name-misspelled', 12, 14, ['X']),
    finding('age-conflict', 40, 42, []),
  ];

  it('takes the first fix of every finding of a code, in text order', () => {
    assert.deepEqual(
      fixAllReplacements(findings, 'name-variant').map((replacement) => [replacement.range.start.offset, replacement.text]),
      [
        [0, 'Trufanov'],
        [30, 'Trufanov'],
      ],
    );
  });

  it('takes every code when none is given, skipping fixes that overlap one already taken and findings without fixes', () => {
    assert.deepEqual(
      fixAllReplacements(findings).map((replacement) => replacement.text),
      ['Trufanov', '3 February 2025', 'Trufanov'],
    );
  });

  it('uses the range of the fix when it has its own', () => {
    const own = finding('role-conflict', 5, 9, ['Deputy Foreign Minister']);
    own.fixes[0]!.range = range(0, 4);
    assert.equal(fixAllReplacements([own])[0]!.range.start.offset, 0);
  });
});
