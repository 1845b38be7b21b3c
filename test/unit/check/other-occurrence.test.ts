// A sentence told otherwise in both where and when tells of another occurrence of an event, not of one misdated.
import { strict as assert } from 'node:assert';
import { checkAgainstSources } from './helpers';

const SOURCE = `Dyke hearings move to Harlingen
Published: 2031-06-20

The dyke hearings opened in Urk on June 2, 2031, chaired by Judge Ada Stam. The hearings moved to Harlingen on June 9, 2031, where Judge Ada Stam heard the engineers. The judge comes from Leeuwarden.
`;

async function dateConflicts(text: string): Promise<string[][]> {
  return (await checkAgainstSources([SOURCE], text)).filter((finding) => finding.code === 'date-conflict').map((finding) => [finding.text, ...finding.fixes]);
}

describe('another occurrence', () => {
  it('takes a date for no event of another place', async () => {
    assert.deepEqual(await dateConflicts('Judge Ada Stam held hearings in Leeuwarden on June 12, 2031.'), []);
    assert.deepEqual(await dateConflicts('Judge Ada Stam held the hearings in Harlingen, then in Leeuwarden, on June 12, 2031.'), [['June 12, 2031', 'June 9, 2031']]);
  });

  it('takes a misdated event for the one at the place the sentence names', async () => {
    assert.deepEqual(await dateConflicts('Judge Ada Stam opened the hearings in Urk on June 12, 2031.'), [['June 12, 2031', 'June 2, 2031']]);
    assert.deepEqual(await dateConflicts('Judge Ada Stam held the hearings in Harlingen on June 12, 2031.'), [['June 12, 2031', 'June 9, 2031']]);
  });

  it('takes an act a sentence says was ordered for no event its date dates, though a heading names it', async () => {
    const source = 'Recount ends\nPublished: 2032-01-20\n\nThe Electoral Commission finished the recount in Urk on 19 January 2032.\n';
    const conflicts = async (text: string) => (await checkAgainstSources([source], text)).filter((finding) => finding.code === 'date-conflict').map((finding) => finding.text);
    assert.deepEqual(await conflicts('## Appeal and recount\n\nOn 14 December 2031 the Appeal Court ordered the Electoral Commission to recount the votes in Urk.'), []);
    assert.deepEqual(await conflicts('## Appeal and recount\n\nOn 14 December 2031 the Electoral Commission finished the recount in Urk.'), ['14 December 2031']);
  });

  it('takes two of an event\'s own words for that event though the sentence names no one taking part', async () => {
    const source = 'Lease signed\nPublished: 2027-04-03\n\nThe harbour lease, worth 9 million euros, was signed on 2 April 2027 by Mayor Joana Reis and Rui Costa.\n';
    const conflicts = async (text: string) => (await checkAgainstSources([source], text)).filter((finding) => finding.code === 'date-conflict').map((finding) => finding.text);
    assert.deepEqual(await conflicts('The harbour lease was signed on 9 April 2027.'), ['9 April 2027']);
    assert.deepEqual(await conflicts('Something was signed on 9 April 2027.'), []);
  });

  it('dates by what a relative clause tells itself, not by the event of the clause around it', async () => {
    const source = 'Energy minister replaced\nPublished: 2030-03-20\n\nMinister Ana Ruiz was dismissed, and on 10 January 2030 President Luis Mora\'s decree appointed her deputy, Rui Costa, as Minister of Energy. On 15 March 2030 Rui Costa signed a water memorandum with Jan Vos in Lima.\n';
    const conflicts = async (text: string) => (await checkAgainstSources([source], text)).filter((finding) => finding.code === 'date-conflict').map((finding) => finding.text);
    assert.deepEqual(await conflicts('Rui Costa, who had been Ana Ruiz\'s deputy before taking over the ministry in January 2030, signed a memorandum with Jan Vos in Lima that March.'), []);
  });

  it('reads a title said as held now, or taken up at a time the draft tells, at no earlier time of its sentence', async () => {
    const source = 'Port chief named\nPublished: 2031-07-04\n\nAna Ruiz, who was promoted to Port Director in the reshuffle of 12 May, brokered the deal. As deputy director, Ana Ruiz met the dockers in Urk on 19 March.\n';
    const conflicts = async (text: string) => (await checkAgainstSources([source], text)).filter((finding) => finding.code === 'role-conflict').map((finding) => finding.text);
    assert.deepEqual(await conflicts('Port Director Ana Ruiz met the dockers in Urk on 19 March 2031.'), ['Port Director Ana Ruiz']);
    assert.deepEqual(await conflicts('Ana Ruiz, now Port Director, met the dockers in Urk on 19 March 2031.'), []);
    assert.deepEqual(await conflicts('Port Director Ana Ruiz, promoted in May, met the dockers in Urk on 19 March 2031.'), []);
  });
});
