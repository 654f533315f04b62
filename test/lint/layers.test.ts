// The source tree's imports run one way: each pipeline stage imports only the stages below it, and no file reaches itself through its imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '../../src');

// Lower numbers sit lower: a file may import from its own layer or any lower one. The order is the
// pipeline's (text before sentences before mentions before quotes before speakers), then the
// layers that drive or present the pipeline. `eval` (the scorer) needs only text and names.
const LAYERS: Record<string, number> = {
  lang: 0,
  records: 1,
  'scratch.ts': 1,
  text: 2,
  sentences: 3,
  eval: 3,
  mentions: 4,
  quotes: 5,
  speakers: 6,
  'pipeline.ts': 7,
  corpus: 8,
  report: 9,
  'index.ts': 10,
  cli: 11,
  queue: 11,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files under src/ that `file` imports or re-exports (packages left out). */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, join(base, 'index.ts'), base].find((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      });
      if (!found) throw new Error(`${relative(SRC, file)} imports ${spec}, which does not resolve`);
      return found;
    });
}

/** The layer a file belongs to: its top folder under src/, or its own name at the top. */
function layerOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, localImports(f)]));

describe('source layers', () => {
  it('knows the layer of every file under src/', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !(layer in LAYERS));
    expect(unknown).toEqual([]);
  });

  it('has every import point to the same layer or a lower one', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const from = layerOf(file);
        const to = layerOf(target);
        if (LAYERS[to]! > LAYERS[from]!) upward.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          cycles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)).join(' -> '));
        } else if (!state.has(next)) {
          visit(next, path);
        }
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('finds the imports it checks', () => {
    // Guards the checks above against passing on an empty graph (a changed parser or path).
    const edges = [...graph.values()].reduce((n, list) => n + list.length, 0);
    expect(files.length).toBeGreaterThan(40);
    expect(edges).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'pipeline.ts'))).toContain(join(SRC, 'quotes/reported.ts'));
  });
});
