import { strict as assert } from 'node:assert';
import { checkDraft } from '../../../src/core/check/checker';
import { bundledFactBase } from '../editor/bundled';
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

  it('ignore silences the finding that starts at the next word only, across a line break and markup', async () => {
    const places = async (text: string) => checkDraft(await bundledFactBase(), text).map(({ code, range }) => `${code} ${range.start.line}:${range.start.column}`);
    const text = 'Bagdanov met <!-- crosscheck-ignore name-misspelled -->Bagdanov and Bagdanov.\n';
    assert.deepEqual(await places(text), ['name-misspelled 1:1', 'name-misspelled 1:69']);
    const wrapped = '> Talks with <!-- crosscheck-ignore name-misspelled -->\n> *Bagdanov* and Bagdanov.\n';
    assert.deepEqual(await places(wrapped), ['name-misspelled 2:18']);
  });

  it('ignore passes over the comments after it, and silences only its codes', async () => {
    const text = 'Talks with <!-- crosscheck-ignore name-misspelled --><!-- crosscheck-ignore role-conflict -->Bagdanov.\n';
    assert.deepEqual(await check(text), []);
    assert.deepEqual((await check('Talks with <!-- crosscheck-ignore name-variant -->Bagdanov.\n')).map((finding) => finding.code), ['name-misspelled']);
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

  it('takes a line that holds text between comments for the next line of the draft', async () => {
    assert.deepEqual(await check('<!-- crosscheck-disable-next-line name-misspelled -->\n<!---->Bagdanov-->\n'), []);
    assert.deepEqual(await check('<!-- crosscheck-disable-next-line name-misspelled -->\n<!-- a --> Bagdanov <!-- b -->\n'), []);
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
