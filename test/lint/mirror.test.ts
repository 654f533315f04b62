// Tests mirror src/: every module has a test file at the same path under test/, or a stated reason.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');
const TEST = join(__dirname, '..');

/** Modules tested elsewhere, and where. Language data (src/lang/ without logic) is tested through the stages that read it. */
const ELSEWHERE = new Map<string, string>([
  ['index.ts', 'test/public-surface.test.ts pins the exports; every suite imports through it'],
  ['cli/worker.ts', 'a one-line entry around runTask: test/cli/job.test.ts'],
  ['lang/cues.ts', 'data: test/text/cues.test.ts, test/quotes/*'],
  ['lang/en.ts', 'data: the stages that read it'],
  ['lang/en-corpus.ts', 'data: test/corpus/*'],
  ['lang/en-mentions.ts', 'data: test/mentions/chunk.test.ts'],
  ['lang/en-text.ts', 'data: test/text/*'],
  ['lang/marked.ts', 'data: test/quotes/marked.test.ts'],
  ['lang/speakers.ts', 'data: test/speakers/*'],
]);

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return modules(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [relative(SRC, p)] : [];
  });
}

test('every module in src/ has its test file, or is listed with where it is tested', () => {
  const all = modules(SRC);
  expect(all.length).toBeGreaterThan(50);
  const missing = all.filter((m) => !ELSEWHERE.has(m) && !existsSync(join(TEST, m.replace(/\.ts$/, '.test.ts'))));
  expect(missing).toEqual([]);
  // The list holds no module that is gone or has since got its own test file.
  const stale = [...ELSEWHERE.keys()].filter((m) => !all.includes(m) || existsSync(join(TEST, m.replace(/\.ts$/, '.test.ts'))));
  expect(stale).toEqual([]);
});
