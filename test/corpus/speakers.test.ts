// Speakers across documents: one identity per person, and names and roles cleaned of the text around them.
import { cleanPersonName, cleanRole } from '../../src/corpus/speakers';
import { runCorpus as run } from '../helpers/corpus';

describe('speakers across documents', () => {
  test('transliterations and a lone surname join; a surname two people share does not', () => {
    const r = run([
      ['l1', 'Russian Foreign Minister Sergei Lavrov said on Friday that "the talks were useful".'],
      ['l2', 'Foreign Minister Sergey Lavrov told reporters that the ministers had agreed to meet again.'],
      ['l3', 'Lavrov said the ministers would meet again in January.'],
      ['s1', 'John Smith, the council leader, said the bridge would reopen in May.'],
      ['s2', 'Mary Smith, a local teacher, said the school would close early.'],
      ['s3', 'Smith said the roads would stay shut until Friday.'],
    ]);
    const names = r.speakers.map((s) => s.name);
    expect(names).toEqual(['Sergei Lavrov', 'John Smith', 'Mary Smith', 'Smith']);
    expect(r.speakers[0].aliases).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Lavrov']));
    expect(r.speakers[0].documents.map((d) => d.document)).toEqual(['l1', 'l2', 'l3']);
  });

  test.each([
    ['AFP Blinken', 'Blinken'],
    ['RTHK Sergei Lavrov', 'Sergei Lavrov'],
    ['OSCE', 'OSCE'],
    ['Jan M. Olsen', 'Jan M. Olsen'],
  ])('person name %j cleans to %j', (raw, clean) => expect(cleanPersonName(raw)).toBe(clean));

  test.each([
    ['Ukraine this winter. Russian Foreign Minister', 'Russian Foreign Minister'],
    ['a timeline. WASHINGTON U.S. Secretary of State', 'U.S. Secretary of State'],
    ['and Russian leader', 'Russian leader'],
    ['who also met Blinken', null],
    ['former U.S. ambassador to Ukraine', 'former U.S. ambassador to Ukraine'],
  ])('role %j cleans to %j', (raw, clean) => expect(cleanRole(raw)).toBe(clean));
});

