// The generated first-name table must match the installed compromise lexicon it was built from.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { LEXICON_FEMALE_NAMES, LEXICON_MALE_NAMES } from '../../src/lang/first-names';

const root = join(__dirname, '..', '..');

test('first-names.ts is in sync with compromise', () => {
  const out = execFileSync(process.execPath, ['scripts/gen-first-names.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  expect(out).toMatch(/matches compromise/);
});

test('the table holds thousands of names and no name has both genders', () => {
  const female = new Set(LEXICON_FEMALE_NAMES.split(' '));
  const male = LEXICON_MALE_NAMES.split(' ');
  expect(female.size).toBeGreaterThan(1000);
  expect(male.length).toBeGreaterThan(1000);
  expect(male.filter((n) => female.has(n))).toEqual([]);
  expect(female.has('mary')).toBe(true);
  expect(male.includes('john')).toBe(true);
});
