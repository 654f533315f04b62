// Scale-out with GNU parallel: chunks of the archive through separate CLI processes give the single-process records.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archive, cli, parseJsonl, root, run, toJsonl } from './helpers';

const PARALLEL = '/usr/bin/parallel';

describe('GNU parallel', () => {
  test('parallel --pipe -N 20 -j 2 … extract --jsonl equals one process, once reordered by id', () => {
    // Missing, the test fails rather than skips: `npm test` installs Debian's parallel first.
    if (!existsSync(PARALLEL)) throw new Error(`GNU parallel not found at ${PARALLEL}: \`apt-get install parallel\` (\`npm test\` installs it)`);
    const docs = archive(200);
    const file = join(mkdtempSync(join(tmpdir(), 'whosaid-par-')), 'archive.jsonl');
    writeFileSync(file, toJsonl(docs));
    const single = run(['extract', '--jsonl', file]);
    expect(single.status).toBe(0);
    const r = spawnSync(PARALLEL, ['--will-cite', '--pipe', '-N', '20', '-j', '2', process.execPath, cli, 'extract', '--jsonl'], {
      cwd: root,
      input: toJsonl(docs),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(r.status).toBe(0);
    const order = new Map(docs.map((d, i) => [d.id, i]));
    const recs = parseJsonl(r.stdout);
    expect(recs).toHaveLength(docs.length);
    recs.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    expect(recs).toEqual(parseJsonl(single.stdout));
  });
});
