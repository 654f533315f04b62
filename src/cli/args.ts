// Command-line flags and help texts of the whosaid CLI (no extraction code here, so parsing stays cheap).

export const FORMATS = ['jsonl', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const HELP: Record<string, string> = {
  main: `whosaid — find every quote in news text and who said it

Usage:
  whosaid extract FILE|DIR|GLOB...      one JSON line per document (.txt/.md files)
  whosaid extract --jsonl [FILE...|-]   read lines {"id","text"} from JSONL files or stdin
  whosaid corpus FILE|DIR|GLOB... | --jsonl   link speakers and statements across documents
  whosaid eval GOLD.jsonl [PRED.jsonl]  score against gold (docs/annotation.md)
  whosaid schema                        print the JSON Schema of a result

Run 'whosaid COMMAND --help' for a command's options.
Exit codes: 0 all good, 1 some documents failed, 2 usage error, 130 interrupted.`,
  extract: `whosaid extract FILE|DIR|GLOB... [options]
whosaid extract --jsonl [FILE|DIR|GLOB...|-] [options] < docs.jsonl

Inputs
  FILE            one document per file (UTF-8); its id is the file name without .txt/.md
  DIR             every *.txt and *.md below DIR, recursively, sorted; id = relative path
  GLOB            a quoted pattern such as 'news/**/*.txt' (expanded by whosaid)
  -               one document read from stdin (id "stdin")
  --jsonl         inputs are JSONL: one {"id","text"} object per line, read as a stream;
                  no argument or '-' reads stdin; a DIR means every *.jsonl below it

Output
  --format F      jsonl (default): one record per document, in input order
                  json: one JSON array of the same records
                  csv: one row per quote (doc_id,quote_id,kind,text,speaker,mention,
                       entity,via,cue_lemma,confidence,start,end,error); failed documents
                       get one row with only doc_id and error
                  html: a readable report page; several documents need --out DIR
                       (one page per document plus index.html)
  -o, --out PATH  write to PATH instead of stdout (a directory for html with several documents)
  --pretty, --no-pretty   indent --format json (default: indented when stdout is a terminal)

Processing
  --workers N     worker threads, at most one per core; 1 = in-process. Default: one per
                  core (fewer when free memory is short) for 8 or more documents, or for
                  fewer holding 1,000,000 characters or more; in-process for one document,
                  for documents of a sentence or two, and for little text
  --no-indirect   skip reported speech
  --min-confidence N   drop quotes below N (0..1)
  -q, --quiet     no progress bar (it is only shown when stderr is a terminal)
  --progress      show the progress bar even when stderr is not a terminal
  --stats         print {"stats":{docs,failed,workers,reruns,seconds,docsPerSecond}} on stderr
                  at the end (reruns: documents run a second time after their worker died)

Every input yields exactly one record. A document that cannot be read or parsed yields
{"id", "error": {"code", "message"}} (codes: invalid-json, missing-text, not-found, not-utf8,
too-large, unreadable, extraction-failed, resource-exhausted), a message on stderr, and exit
code 1; the batch goes on. resource-exhausted: the document needed more memory than one document
may take (WHOSAID_DOC_HEAP_MB; default a quarter of free memory, 256 MB to 1 GB).
Ctrl-C stops reading, writes the records already finished and exits 130. Output that cannot be
written (a full disk) is reported on stderr with exit code 74.`,
  corpus: `whosaid corpus FILE|DIR|GLOB... [options]
whosaid corpus --jsonl [FILE|DIR|GLOB...|-] [options] < docs.jsonl

Extracts quotes from every document (in worker threads for 8 or more), then links speakers and
statements across the documents. Inputs as for 'whosaid extract'; ids must be unique.
Writes one JSON object: the corpus result plus "errors": [{"id","error"}] for inputs that
could not be read (exit 1 then).
  --format json|html   json (default), or the corpus report page (renderCorpusReport)
  -o, --out FILE       write to FILE instead of stdout
  --pretty, --no-pretty   indent the JSON (default: indented when stdout is a terminal)
  --no-consensus       do not fill weak attributions from other documents
  --workers N, --no-indirect, --min-confidence N, -q/--quiet, --progress, --stats   as for extract
Ctrl-C stops without writing a result (exit 130): a corpus is linked as a whole.`,
  eval: `whosaid eval GOLD.jsonl [PRED.jsonl]

Scores predictions against gold annotations. Without PRED, extracts from the gold texts.
Prints quote precision/recall/F1 by kind, attribution accuracy and end-to-end F1.
The gold format and the scoring rules are in docs/annotation.md, shipped in this package
(node_modules/whosaid/docs/annotation.md).
  --json   print the scores as JSON`,
  schema: `whosaid schema

Prints the JSON Schema of an extraction result.`,
};

export class UsageError extends Error {}

export interface Flags {
  jsonl: boolean;
  json: boolean;
  indirect: boolean;
  minConfidence: number;
  help: boolean;
  format: Format | null;
  out: string | null;
  /** null: decide from the number of documents. */
  workers: number | null;
  quiet: boolean;
  progress: boolean;
  stats: boolean;
  consensus: boolean;
  /** Indent JSON output; null: when stdout is a terminal. */
  pretty: boolean | null;
  rest: string[];
}

/** Parse flags; `--name=value` and `--name value` are both accepted for options that take a value. */
export function parseFlags(args: string[]): Flags {
  const f: Flags = { jsonl: false, json: false, indirect: true, minConfidence: 0, help: false, format: null, out: null, workers: null, quiet: false, progress: false, stats: false, consensus: true, pretty: null, rest: [] };
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--jsonl') f.jsonl = true;
    else if (a === '--json') f.json = true;
    else if (a === '--no-indirect') f.indirect = false;
    else if (a === '--help' || a === '-h') f.help = true;
    else if (a === '--quiet' || a === '-q') f.quiet = true;
    else if (a === '--progress') f.progress = true;
    else if (a === '--stats') f.stats = true;
    else if (a === '--no-consensus') f.consensus = false;
    else if (a === '--pretty') f.pretty = true;
    else if (a === '--no-pretty') f.pretty = false;
    else if (a === '--min-confidence') {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new UsageError('--min-confidence takes a number from 0 to 1');
      f.minConfidence = v;
    } else if (a === '--format') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format takes one of ${FORMATS.join(', ')}`);
      f.format = v as Format;
    } else if (a === '--out' || a === '-o') {
      const v = value();
      if (v === '') throw new UsageError(`${a} needs a path`);
      f.out = v;
    } else if (a === '--workers') {
      const raw = value();
      const v = Number(raw);
      if (!/^\d+$/.test(raw) || v < 1 || v > 256) throw new UsageError('--workers takes a whole number from 1 to 256');
      f.workers = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else f.rest.push(a);
  }
  return f;
}
