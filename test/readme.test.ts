// The README's TypeScript examples, type-checked against the built package and run: the documentation cannot rot.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');

interface Block {
  /** 1-based line of the opening fence in README.md. */
  line: number;
  /** Type-checked only (it needs a service such as Redis, or only declares a signature). */
  noRun: boolean;
  code: string;
}

/** Every ```ts block of README.md. */
function tsBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```ts\b(.*)$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    blocks.push({ line: start + 1, noRun: /\bno-run\b/.test(open[1]), code: body.join('\n') });
  }
  return blocks;
}

const CHECK = /console\.log\((.*)\);\s*\/\/\s*(.+)$/;

/**
 * `console.log(x); // expected` states what the line prints: it becomes a check that `x` equals
 * `expected` (a JavaScript expression). Imports of the package become lookups in the built module.
 */
function runnable(code: string): { js: string; checks: number } {
  let checks = 0;
  const body = code
    .split('\n')
    .map((l) => {
      const imp = /^import \{([^}]*)\} from '(whosaid[^']*)';$/.exec(l);
      if (imp) return `const {${imp[1]}} = __import(${JSON.stringify(imp[2])});`;
      const m = CHECK.exec(l);
      if (!m) return l;
      checks++;
      return l.replace(CHECK, (_all, expr: string, expected: string) => `__check(${expr}, ${expected});`);
    })
    .join('\n');
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { js, checks };
}

const blocks = tsBlocks(readFileSync(join(root, 'README.md'), 'utf8'));

describe('README examples', () => {
  test('there are examples, and every runnable one states what it prints', () => {
    expect(blocks.filter((b) => !b.noRun).length).toBeGreaterThanOrEqual(3);
    for (const b of blocks.filter((x) => !x.noRun)) expect({ line: b.line, checks: runnable(b.code).checks > 0 }).toEqual({ line: b.line, checks: true });
  });

  test('every example type-checks against the built package (dist/*.d.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-readme-'));
    const files = blocks.map((b, i) => {
      const f = join(dir, `block-${i}-line-${b.line}.ts`);
      // `export {}` makes each block a module of its own (top-level await, no shared names).
      writeFileSync(f, `${b.code}\nexport {};\n`);
      return f;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
      paths: { whosaid: [join(root, 'dist/index.d.ts')], 'whosaid/bullmq': [join(root, 'dist/bullmq.d.ts')] },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });

  const lib = () => require(join(root, 'dist/index.cjs'));
  const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

  test.each(blocks.filter((b) => !b.noRun).map((b) => [b.line, b] as const))('the example at README.md line %i prints what it says', async (_line, block) => {
    const { js, checks } = runnable(block.code);
    let ran = 0;
    const check = (actual: unknown, expected: unknown) => {
      ran++;
      expect(actual).toEqual(expected);
    };
    const imports = (name: string) => {
      if (name !== 'whosaid') throw new Error(`README example imports ${name}: only 'whosaid' examples are run`);
      return lib();
    };
    await new AsyncFunction('__import', '__check', js)(imports, check);
    // A check inside a branch that never ran would assert nothing.
    expect(ran).toBe(checks);
  });
});
