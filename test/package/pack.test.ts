// The packed tarball as a new user gets it: the packaging linters, its files, and an empty project importing it as ESM, CommonJS and TypeScript (node16, CommonJS).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(180_000);

const root = join(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: String(r.stdout ?? '') };
}

const work = mkdtempSync(join(tmpdir(), 'whosaid-pack-'));
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  // --ignore-scripts: `prepare` would rebuild dist/ while other test files read it; the test
  // command has just built it.
  const r = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
  if (r.status !== 0) throw new Error(`npm pack failed:\n${r.out}`);
  const info = JSON.parse(r.stdout)[0] as { filename: string; files: Array<{ path: string }> };
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
});

describe('the packed package', () => {
  test('publint finds nothing to report', () => {
    const r = sh(bin('publint'), ['run', tarball, '--strict']);
    expect(r.out).toContain('All good!');
    expect(r.status).toBe(0);
  });

  test('are-the-types-wrong finds no problems (require gets CommonJS types, every export resolves)', () => {
    const r = sh(bin('attw'), [tarball, '--format', 'ascii']);
    expect(r.out).toContain('No problems found');
    expect(r.status).toBe(0);
  });

  test('ships the license, the docs the README and `whosaid eval` cite, the example page; no sources or tests', () => {
    for (const f of ['LICENSE', 'README.md', 'docs/annotation.md', 'docs/accuracy.md', 'docs/performance.md', 'examples/browser.html', 'dist/index.d.cts', 'dist/whosaid.browser.js', 'dist/bullmq.cjs']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|corpora|bench)\//.test(f))).toEqual([]);
  });

  test('an empty project installs it and uses it from ESM, CommonJS, TypeScript (node16 CommonJS) and the command line', () => {
    const app = join(work, 'app');
    sh('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    // The dependencies come from the npm cache that `npm ci` filled; the registry only if it lacks them.
    const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app });
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.out}`);
    const text = JSON.stringify('"We are ready," Ana Díaz said.');

    writeFileSync(
      join(app, 'esm.mjs'),
      `import { extractQuotes } from 'whosaid';\nimport * as browser from 'whosaid/browser';\n` +
        `const a = extractQuotes(${text}).quotes[0], b = browser.extractQuotes(${text}).quotes[0];\n` +
        `console.log(a.speaker.name, b.speaker.name, a.start === b.start);`,
    );
    expect(sh(process.execPath, ['esm.mjs'], { cwd: app }).out.trim()).toBe('Ana Díaz Ana Díaz true');

    writeFileSync(
      join(app, 'cjs.cjs'),
      `const { extractQuotes, ZodError } = require('whosaid');\n` +
        `try { extractQuotes('x', { minConfidense: 1 }); } catch (e) { console.log(e instanceof ZodError, e.issues[0].path[0]); }\n` +
        `console.log(extractQuotes(${text}).quotes[0].speaker.name, typeof require('whosaid/browser').extractQuotes);`,
    );
    expect(sh(process.execPath, ['cjs.cjs'], { cwd: app }).out.trim()).toBe('true minConfidense\nAna Díaz function');

    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, lib: ['es2022', 'dom'], types: [], outDir: 'out' }, files: ['main.ts'] }),
    );
    writeFileSync(
      join(app, 'main.ts'),
      `import { extractQuotes, type Quote } from 'whosaid';\n` +
        `const quotes: Quote[] = extractQuotes(${text}).quotes;\n` +
        `const speaker: string | null | undefined = quotes[0].speaker?.name;\n` +
        `console.log(speaker);\n`,
    );
    const tsc = sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app });
    expect(tsc.out).toBe('');
    expect(tsc.status).toBe(0);
    expect(sh(process.execPath, ['out/main.js'], { cwd: app }).out.trim()).toBe('Ana Díaz');

    const cli = sh('npx', ['--no-install', 'whosaid', 'extract', '-'], { cwd: app, input: '"We are ready," Ana Díaz said.' });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout).quotes[0].speaker.name).toBe('Ana Díaz');
  });
});
