// Option errors name their field in `issues[i].path`, as the README promises.
import { extractCorpusSync, extractQuotes, linkCorpus } from '../../src/index';
import { pathPerKey } from '../../src/records/parse';
import { thrown } from '../helpers/errors';

describe('option errors name the field', () => {
  test('a misspelled option: the path holds its name', () => {
    const err = thrown(() => extractQuotes('x', { minConfidense: 1 } as never));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['minConfidense'], keys: ['minConfidense'] });
    expect(err.issues[0].message).toContain('minConfidense');
  });
  test('two unknown keys give two issues, one per path', () => {
    const err = thrown(() => extractQuotes('x', { foo: 1, bar: 2 } as never));
    expect(err.issues.map((i) => i.path)).toEqual([['foo'], ['bar']]);
  });
  test("a wrong type keeps zod's own path", () => {
    const err = thrown(() => extractQuotes('x', { minConfidence: 'high' } as never));
    expect(err.issues[0].path).toEqual(['minConfidence']);
  });
  test('corpus options too', () => {
    expect(thrown(() => extractCorpusSync([], { consensu: false } as never)).issues[0].path).toEqual(['consensu']);
    expect(thrown(() => linkCorpus([], { consensu: false } as never)).issues[0].path).toEqual(['consensu']);
  });
  test('issues other than unknown keys pass through unchanged', () => {
    const issue = { code: 'too_big' as const, maximum: 1, origin: 'number' as const, path: ['minConfidence'], message: 'Too big', input: 2 };
    expect(pathPerKey([issue])).toEqual([issue]);
  });
});
