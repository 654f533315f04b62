// The tagger's automata in arrays report the matches wink's own automaton reports, on the model's machines.
import model from 'wink-eng-lite-web-model';
import fc from 'fast-check';
import Cache from 'wink-nlp/src/cache.js';
import fsm from 'wink-nlp/src/automaton.js';
import { tagAutomaton } from '../../src/text/tag-automaton';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loaders = model as any;
const cache = Cache(loaders.core(), loaders.featureFn);
const { machines } = loaders.pos() as { machines: string[] };
const ignoredTag = cache.lookup(cache.value(0))![0];
/** Events the machines know: their tags and hints (a few absent ones mixed in). */
const events = [...new Set(machines.flatMap((m) => Object.values(JSON.parse(m)[2] as Record<string, Record<string, number>>).flatMap((row) => Object.keys(row).map(Number))))].filter((e) => e < 2_000_000);
const NO_HINT = -1;

/** wink's matches with a transformer that gives the token's hint, else its tag. */
function byWink(machine: string, tags: Array<number | string>, hints: number[]): unknown {
  const a = fsm(cache, cache.value(0));
  a.importJSON(machine);
  return a.recognize(tags, (tag: number, _c: unknown, _raw: unknown, j: number) => (hints[j] === NO_HINT ? tag : hints[j]), []);
}

describe('tagAutomaton', () => {
  it('reports the same matches as automaton.js on random tag (number or string) and hint sequences', () => {
    const ours = machines.map((m) => tagAutomaton(m, ignoredTag));
    // wink's updater leaves corrected tags as strings ("8"), which the second machine reads.
    const number = fc.oneof(fc.constantFrom(...events.filter((e) => e < 100)), fc.integer({ min: 0, max: 20 }));
    const tag = fc.oneof(number, number, number.map(String));
    // Hints the machines know, and others in and beyond their band (their events are read from arrays there).
    const hint = fc.oneof(fc.constant(NO_HINT), fc.constant(NO_HINT), fc.constantFrom(...events.filter((e) => e > 100)), fc.integer({ min: 1_079_990, max: 1_080_300 }), fc.constant(1_500_000));
    fc.assert(
      fc.property(fc.array(fc.tuple(tag, hint), { maxLength: 60 }), (pairs) => {
        const tags = pairs.map((p) => p[0]);
        const hints = pairs.map((p) => p[1]);
        machines.forEach((m, k) => expect(ours[k].recognize(tags, hints, NO_HINT)).toEqual(byWink(m, tags, hints)));
      }),
      { numRuns: 3000 },
    );
  });
});
