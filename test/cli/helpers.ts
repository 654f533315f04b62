// Shared helpers of the CLI tests: run dist/cli.js, build JSONL archives from the corpora, parse CSV back.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '../..');
// WHOSAID_CLI points the tests at another build (e.g. a private copy while others rebuild dist/).
export const cli = process.env.WHOSAID_CLI ?? join(root, 'dist/cli.js');

export function run(args: string[], input?: string | Buffer, opts: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root, maxBuffer: 1 << 28, ...opts }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}

export interface Doc {
  id: string;
  text: string;
}

/** Every corpus article (seeds, then constructed), in file-name order. */
export function corpusDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const dir of ['corpora/seeds', 'corpora/constructed']) {
    for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
      docs.push({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(root, dir, f), 'utf8') });
    }
  }
  return docs;
}

/** `n` documents cycling through the corpus, each with a distinct id (`ARTICLE#k`). */
export function archive(n: number): Doc[] {
  const docs = corpusDocs();
  return Array.from({ length: n }, (_, i) => ({ id: `${docs[i % docs.length].id}#${i}`, text: docs[i % docs.length].text }));
}

export const toJsonl = (docs: Doc[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';

export function parseJsonl(out: string): Array<Record<string, any>> {
  return out.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

/**
 * A strict RFC 4180 reader written for the tests (independent of the writer): quoted fields
 * with doubled quotes, CRLF record ends; throws on anything malformed.
 */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let cell = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted cell');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`bare quote in unquoted cell at ${i}`);
        cell += s[i++];
      }
    }
    row.push(cell);
    if (s[i] === ',') i++;
    else if (s[i] === '\r' && s[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i >= s.length) {
      rows.push(row);
      row = [];
    } else throw new Error(`unexpected ${JSON.stringify(s[i])} at ${i}`);
  }
  return rows;
}
