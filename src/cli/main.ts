// The whosaid command line: extract, eval, schema.
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { extractQuotes, resultJsonSchema } from '../index';
import { formatScores, GoldDocumentSchema, scoreDocuments, type GoldDocument, type PredictedQuote } from '../eval/score';

const HELP: Record<string, string> = {
  main: `whosaid — find every quote in news text and who said it

Usage:
  whosaid extract FILE|DIR...        one JSON line per document (txt/md files)
  whosaid extract --jsonl            read lines {"id","text"} from stdin
  whosaid eval GOLD.jsonl [PRED.jsonl]  score against gold (ANNOTATION.md §4)
  whosaid schema                     print the JSON Schema of a result

Run 'whosaid COMMAND --help' for a command's options.
Exit codes: 0 all good, 1 some documents failed, 2 usage error.`,
  extract: `whosaid extract FILE|DIR... [--no-indirect] [--min-confidence N]
whosaid extract --jsonl [--no-indirect] [--min-confidence N] < docs.jsonl

Writes one JSON line per document: {"id", "quotes", "entities", "issues"}.
A document that cannot be read yields {"id", "error": {"code", "message"}} and the batch goes on.`,
  eval: `whosaid eval GOLD.jsonl [PRED.jsonl]

Scores predictions against gold annotations. Without PRED, extracts from the gold texts.
Prints quote precision/recall/F1 by kind, attribution accuracy and end-to-end F1.
  --json   print the scores as JSON`,
  schema: `whosaid schema

Prints the JSON Schema of an extraction result.`,
};

class UsageError extends Error {}

interface Flags {
  jsonl: boolean;
  json: boolean;
  indirect: boolean;
  minConfidence: number;
  help: boolean;
  rest: string[];
}

function parseFlags(args: string[]): Flags {
  const f: Flags = { jsonl: false, json: false, indirect: true, minConfidence: 0, help: false, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--jsonl') f.jsonl = true;
    else if (a === '--json') f.json = true;
    else if (a === '--no-indirect') f.indirect = false;
    else if (a === '--help' || a === '-h') f.help = true;
    else if (a === '--min-confidence') {
      const v = Number(args[++i]);
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new UsageError('--min-confidence takes a number from 0 to 1');
      f.minConfidence = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else f.rest.push(a);
  }
  return f;
}

function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as an error record when read
      continue;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (['.txt', '.md'].includes(extname(f))) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

function write(line: unknown): void {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function errorRecord(id: string, code: string, message: string): { id: string; error: { code: string; message: string } } {
  process.stderr.write(`whosaid: ${id}: ${message}\n`);
  return { id, error: { code, message } };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function extract(f: Flags): Promise<number> {
  const opts = { indirect: f.indirect, minConfidence: f.minConfidence };
  let failed = 0;
  const one = (id: string, text: string) => {
    try {
      write({ id, ...extractQuotes(text, opts) });
    } catch (e) {
      failed++;
      write(errorRecord(id, 'extraction-failed', (e as Error).message));
    }
  };
  if (f.jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) {
      n++;
      if (line.trim() === '') continue;
      let doc: { id?: unknown; text?: unknown };
      try {
        doc = JSON.parse(line);
      } catch {
        failed++;
        write(errorRecord(`line-${n}`, 'invalid-json', `line ${n} is not valid JSON`));
        continue;
      }
      const id = typeof doc?.id === 'string' || typeof doc?.id === 'number' ? String(doc.id) : `line-${n}`;
      if (typeof doc?.text !== 'string') {
        failed++;
        write(errorRecord(id, 'missing-text', `line ${n} has no string "text" field`));
        continue;
      }
      one(id, doc.text);
    }
    return failed ? 1 : 0;
  }
  if (f.rest.length === 0) throw new UsageError('extract needs FILE arguments or --jsonl');
  for (const path of expandPaths(f.rest)) {
    const id = basename(path).replace(/\.(txt|md)$/, '');
    let text: string;
    try {
      text = decoder.decode(readFileSync(path));
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      write(errorRecord(id, err.code === 'ENOENT' ? 'not-found' : err instanceof TypeError ? 'not-utf8' : 'unreadable', err instanceof TypeError ? `${path} is not valid UTF-8` : `${path}: ${err.message}`));
      continue;
    }
    one(id, text);
  }
  return failed ? 1 : 0;
}

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function evaluate(f: Flags): number {
  if (f.rest.length < 1 || f.rest.length > 2) throw new UsageError('eval takes GOLD.jsonl [PRED.jsonl]');
  const gold: GoldDocument[] = readJsonl(f.rest[0]).map((d) => GoldDocumentSchema.parse(d));
  const preds = new Map<string, PredictedQuote[]>();
  if (f.rest[1]) {
    for (const rec of readJsonl(f.rest[1]) as Array<{ id: string; quotes?: Array<{ start: number; end: number; kind: PredictedQuote['kind']; speaker: { name: string | null } | null }> }>) {
      preds.set(String(rec.id), (rec.quotes ?? []).map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null })));
    }
  } else {
    for (const d of gold) {
      const r = extractQuotes(d.text);
      preds.set(d.id, r.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null })));
    }
  }
  const scores = scoreDocuments(gold, preds);
  if (f.json) process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
  else process.stdout.write(formatScores(basename(f.rest[0]), scores) + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      process.stdout.write(HELP.main + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === '--version') {
      process.stdout.write('0.1.0\n');
      return 0;
    }
    if (!(cmd in HELP) || cmd === 'main') throw new UsageError(`unknown command ${cmd}`);
    const f = parseFlags(args);
    if (f.help) {
      process.stdout.write(HELP[cmd] + '\n');
      return 0;
    }
    if (cmd === 'extract') return await extract(f);
    if (cmd === 'eval') return evaluate(f);
    process.stdout.write(JSON.stringify(resultJsonSchema(), null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`whosaid: ${e.message}\n\n${HELP[cmd in HELP ? cmd : 'main']}\n`);
      return 2;
    }
    process.stderr.write(`whosaid: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`whosaid: ${(e as Error).stack}\n`); process.exitCode = 1; },
);
