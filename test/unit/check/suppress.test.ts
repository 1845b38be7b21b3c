import { strict as assert } from 'node:assert';
import { check } from './helpers';

describe('suppression comments', () => {
  it('disable-next-line silences the given codes on the next line only', async () => {
    const text = '<!-- crosscheck-disable-next-line name-misspelled -->\nBagdanov agreed.\nBagdanov agreed.\n';
    assert.deepEqual((await check(text)).map((finding) => `${finding.code} ${finding.text}`), ['name-misspelled Bagdanov']);
  });

  it('disable-next-line without codes silences every code, and other codes stay on', async () => {
    assert.deepEqual(await check('<!-- crosscheck-disable-next-line -->\nFormer Bagdanov, Sergei Bogdanov.\n'), []);
    const other = await check('<!-- crosscheck-disable-next-line name-variant -->\nBagdanov agreed.\n');
    assert.deepEqual(other.map((finding) => finding.code), ['name-misspelled']);
  });

  it('disable … enable silences a stretch, per code', async () => {
    const text = [
      '<!-- crosscheck-disable name-misspelled role-conflict -->',
      'Bagdanov agreed. Foreign Minister Mikhail Bogdanov spoke.',
      '<!-- crosscheck-enable role-conflict -->',
      'Bagdanov agreed. Foreign Minister Mikhail Bogdanov spoke.',
      '<!-- crosscheck-enable -->',
      'Bagdanov agreed.',
    ].join('\n\n');
    assert.deepEqual((await check(text)).map((finding) => `${finding.code} ${finding.text}`), ['role-conflict Foreign Minister Mikhail Bogdanov', 'name-misspelled Bagdanov']);
  });

  it('disable-next-line passes over the directive lines below it to the next line of the draft', async () => {
    const text = '<!-- crosscheck-disable-next-line name-misspelled -->\n<!-- crosscheck-disable-next-line name-variant -->\nBagdanov and Trupanov.\nBagdanov.';
    assert.deepEqual((await check(text)).map((finding) => `${finding.code} ${finding.text}`), ['name-misspelled Bagdanov']);
  });

  it('leaves the sentences around a comment at the end of a line as they were', async () => {
    assert.deepEqual(await check('met Bogdanov. <!-- crosscheck-disable-next-line name-misspelled -->\nT delegation Bgdannon January 2025'), []);
  });

  it('ignores unknown codes and ordinary comments', async () => {
    assert.deepEqual((await check('<!-- crosscheck-disable-next-line no-such-code -->\nBagdanov agreed.\n<!-- a note -->\n')).map((finding) => finding.code), ['name-misspelled']);
  });
});

describe('check options', () => {
  it('sets severities, turns codes off and caps the number of findings', async () => {
    const { checkDraft } = await import('../../../src/core/check/checker');
    const { bundledFactBase } = await import('../editor/bundled');
    const factBase = await bundledFactBase();
    const text = 'Bagdanov met Sergei Bogdanov. Alexander Trupanov too.';
    assert.deepEqual(checkDraft(factBase, text).map((finding) => `${finding.code}:${finding.severity}`), ['name-misspelled:warning', 'name-mismatch:warning', 'name-variant:hint']);
    assert.deepEqual(
      checkDraft(factBase, text, { severity: { 'name-variant': 'error', 'name-mismatch': 'off' }, disable: ['name-misspelled'] }).map((finding) => `${finding.code}:${finding.severity}`),
      ['name-variant:error'],
    );
    assert.equal(checkDraft(factBase, text, { maxFindings: 2 }).length, 2);
  });
});
