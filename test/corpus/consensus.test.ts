// Consensus attribution: a weak local answer takes what the other documents say.
import type { Quote } from '../../src/index';
import { isWeak, WEAK_CONFIDENCE } from '../../src/corpus/consensus';
import { runCorpus as run } from '../helpers/corpus';

describe('consensus', () => {
  test('a weak answer takes the consensus of the other documents; the local answer stays visible', () => {
    const quote = '"The bridge will reopen before the winter storms arrive in the valley,"';
    const r = run([
      ['n1', `${quote} Mayor Karen Whitfield said on Monday.`],
      ['n2', `${quote} Whitfield told the council.`],
      // No speaker named, no frame at all: corpus mode fills it.
      ['n3', `Work went on all week.\n\n${quote.replace(',"', '."')}`],
    ]);
    const q = r.documents[2].quotes[0];
    expect(q.speaker?.name).toBe('Karen Whitfield');
    expect(q.speaker?.via).toBe('corpus');
    expect(q.local?.name).toBeNull();
    // The document never named her: a corpus entity stands in for her there.
    expect(r.documents[2].entities.find((e) => e.id === q.speaker?.entity)?.name).toBe('Karen Whitfield');
    const whitfield = r.speakers.find((s) => s.name === 'Karen Whitfield')!;
    expect(whitfield.documents.map((d) => [d.document, d.quotes])).toEqual([
      ['n1', 1],
      ['n2', 1],
      ['n3', 1],
    ]);
  });

  const quote = (via: NonNullable<Quote['speaker']>['via'] | null, confidence: number): Quote => ({
    id: 'q1', text: 'The bridge will reopen before winter', start: 0, end: 36, kind: 'direct', confidence, sentence: 0, paragraph: 0, cue: null,
    speaker: via === null ? null : { name: via === 'anonymous' ? null : 'Karen Whitfield', entity: 'e1', mention: { text: 'Whitfield', start: 40, end: 49 }, via },
  });

  test.each([
    [null, 0.9, true],
    ['pronoun', 0.9, true],
    ['continuation', 0.9, true],
    ['descriptor', 0.9, true],
    ['name', 0.9, false],
    ['surname', 0.9, false],
    ['name', WEAK_CONFIDENCE - 0.01, true],
    // An unnamed source is what the text says on purpose: never replaced, whatever its confidence.
    ['anonymous', 0.1, false],
  ] as const)('an answer found by %s at confidence %d is weak: %s', (via, confidence, weak) => {
    expect(isWeak(quote(via, confidence))).toBe(weak);
  });
});
