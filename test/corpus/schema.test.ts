// The corpus-mode schemas: what they accept and refuse, and the JSON Schema users generate from them.
import { corpusJsonSchema, CorpusOptionsSchema, CorpusResultSchema, extractCorpusSync } from '../../src/index';
import { thrown } from '../helpers/errors';

describe('corpus schemas', () => {
  test('the JSON Schema of a corpus result names its parts', () => {
    const schema = corpusJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['documents', 'speakers', 'statements', 'conflicts', 'stats']);
  });

  test('options: extraction and linking options are one strict object', () => {
    expect(CorpusOptionsSchema.parse({ indirect: false, consensus: false })).toMatchObject({ indirect: false, consensus: false });
    const err = thrown(() => CorpusOptionsSchema.parse({ consensu: false }));
    expect(err.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
    expect(err.message).toContain('consensu');
  });

  test('a result of corpus mode validates against its own schema', () => {
    const r = extractCorpusSync([
      { id: 'a', text: '"The bridge will reopen before the winter storms arrive," Mayor Karen Whitfield said.' },
      { id: 'b', text: '"The bridge will reopen before the winter storms arrive," Whitfield told the council.' },
    ]);
    expect(CorpusResultSchema.safeParse(r).success).toBe(true);
    expect(r.statements).toHaveLength(1);
  });
});
