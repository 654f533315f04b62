// Regex safety lint: every regular expression written in src/ must have star height <= 1 (no
// quantifier inside a quantified group), so no input can make it backtrack catastrophically.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import safeRegex from 'safe-regex2';
import ts from 'typescript';

const SRC = join(__dirname, '../../src');

/**
 * Patterns safe-regex2 flags that are provably linear. Key: `file: /source/`. Empty on purpose;
 * an entry needs a comment saying why the pattern cannot backtrack badly. Prefer a rewrite.
 */
const ALLOWLIST = new Map<string, string>([]);

interface Found {
  where: string;
  source: string;
  flags: string;
  /** Built from a non-literal string: cannot be checked statically. */
  dynamic: boolean;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return tsFiles(p);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every regex literal and `new RegExp(...)` / `RegExp(...)` call in one file. */
function regexesOf(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const where = (n: ts.Node) => `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf);
      const cut = lit.lastIndexOf('/');
      out.push({ where: where(n), source: lit.slice(1, cut), flags: lit.slice(cut + 1), dynamic: false });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [pattern, flags] = n.arguments ?? [];
      const literal = (e: ts.Expression | undefined) => (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : null);
      const source = literal(pattern);
      out.push({ where: where(n), source: source ?? (pattern ? pattern.getText(sf) : ''), flags: literal(flags) ?? '', dynamic: source === null });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const found = tsFiles(SRC).flatMap(regexesOf);

describe('regex safety', () => {
  test('the walker finds the regexes of src/', () => {
    // A walker that silently finds nothing would pass every check below.
    expect(found.length).toBeGreaterThan(20);
    // eslint-disable-next-line no-console
    console.log(`regex-safety: checked ${found.filter((f) => !f.dynamic).length} patterns in ${new Set(found.map((f) => f.where.split(':')[0])).size} files`);
  });

  test('every pattern compiles', () => {
    const bad = found.filter((f) => !f.dynamic).filter((f) => {
      try {
        new RegExp(f.source, f.flags);
        return false;
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
  });

  test('no pattern nests quantifiers (star height <= 1)', () => {
    const flagged = found
      .filter((f) => !f.dynamic)
      // limit: Infinity so only star height decides; long alternations of words are fine.
      .filter((f) => !safeRegex(f.source, { limit: Number.POSITIVE_INFINITY }))
      .map((f) => `${f.where.split(':')[0]}: /${f.source}/`)
      .filter((key) => !ALLOWLIST.has(key));
    expect(flagged).toEqual([]);
  });

  test('no regex is built from a non-literal string', () => {
    // Such a pattern escapes this lint; build it from a literal or add it here with a reason.
    expect(found.filter((f) => f.dynamic).map((f) => `${f.where}: RegExp(${f.source})`)).toEqual([]);
  });

  test('every allowlist entry is still needed', () => {
    const present = new Set(found.map((f) => `${f.where.split(':')[0]}: /${f.source}/`));
    expect([...ALLOWLIST.keys()].filter((k) => !present.has(k))).toEqual([]);
  });
});
