// One document's unit of work, as the in-process path and the worker threads run it.
import { runTask } from '../../src/cli/job';
import extractInWorker from '../../src/cli/worker';
import { extractQuotes, ResultSchema } from '../../src';

const TEXT = '"We will not back down," the mayor, Ana Ruiz, said on Monday. She added that talks would go on.';

describe('runTask', () => {
  afterEach(() => {
    delete process.env.WHOSAID_FAIL_MARKER;
  });

  test('serializes the same result extractQuotes returns, with its options', () => {
    const out = runTask({ text: TEXT, indirect: false, minConfidence: 0 });
    expect(out.ok).toBe(true);
    const result = JSON.parse((out as { json: string }).json);
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result).toEqual(JSON.parse(JSON.stringify(extractQuotes(TEXT, { indirect: false }))));
    expect(result.quotes.map((q: { kind: string }) => q.kind)).toEqual(['direct']);
  });

  test('a failure is an outcome with its code and message, never a throw', () => {
    process.env.WHOSAID_FAIL_MARKER = 'FAIL-HERE';
    expect(runTask({ text: `x FAIL-HERE y`, indirect: true, minConfidence: 0 })).toEqual({
      ok: false, code: 'extraction-failed', message: 'failure injected by WHOSAID_FAIL_MARKER',
    });
    // Invalid options are refused by the schema inside extractQuotes: also an outcome.
    const bad = runTask({ text: TEXT, indirect: true, minConfidence: 2 });
    expect(bad.ok).toBe(false);
    expect((bad as { message: string }).message).toContain('minConfidence');
  });

  test('the worker entry is the same unit of work', () => {
    expect(extractInWorker({ text: TEXT, indirect: true, minConfidence: 0 })).toEqual(runTask({ text: TEXT, indirect: true, minConfidence: 0 }));
  });
});
