// The one-file browser build (dist/whosaid.browser.js) runs in Chromium and gives exactly Node's results.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

jest.setTimeout(60_000);

const root = join(__dirname, '../..');
const BUNDLE = join(root, 'dist/whosaid.browser.js');
const NODE_BUILD = join(root, 'dist/index.cjs');
// A made-up origin served by page.route; nothing leaves the machine.
const ORIGIN = 'http://whosaid.test';

const INDEX = `<!DOCTYPE html><meta charset="utf-8"><title>whosaid</title>
<script type="module">import * as whosaid from '/whosaid.browser.js'; window.whosaid = whosaid;</script>`;

// Compared against the Node build made from the same sources by the same `npm run build`.
type Lib = typeof import('../../src/index');

let browser: Browser;
let page: Page;
let node: Lib;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  for (const f of [BUNDLE, NODE_BUILD]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` before the browser tests`);
  }
  node = require(NODE_BUILD) as Lib;
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === `${ORIGIN}/`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: INDEX });
    if (url === `${ORIGIN}/whosaid.browser.js`) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(BUNDLE) });
    return route.abort();
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'whosaid' in window, undefined, { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
});

/** Run one whosaid export inside the page; arguments and result travel as JSON. */
function inPage(fn: 'extractQuotes' | 'renderArticleReport', ...args: unknown[]): Promise<unknown> {
  return page.evaluate(([name, a]) => ((window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).whosaid[name as string])(...(a as unknown[])), [fn, args] as const);
}

const read = (p: string) => readFileSync(join(root, p), 'utf8');

describe('browser bundle in Chromium', () => {
  test('the bundle is self-contained: no Node built-ins, no bare imports', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(code.includes('"node:') || code.includes("'node:")).toBe(false);
    // Only the page and the bundle were fetched: the bundle imports nothing else.
    expect(requests).toEqual([`${ORIGIN}/`, `${ORIGIN}/whosaid.browser.js`]);
    expect(errors).toEqual([]);
    // Logged for the README's "In the browser" section.
    const raw = readFileSync(BUNDLE);
    console.log(`dist/whosaid.browser.js: ${(raw.length / 1e6).toFixed(2)} MB, gzip ${(gzipSync(raw).length / 1e6).toFixed(2)} MB`);
  });

  test.each([
    ['seed 004', 'corpora/seeds/004_0cb45b6400040a5c.txt'],
    ['seed 002 (no quotation marks)', 'corpora/seeds/002_ee5c509933344b97.txt'],
    ['constructed: unnamed and unattributed speakers', 'corpora/constructed/spb-02-dock-strike-spreads.txt'],
    ['constructed: guillemets', 'corpora/constructed/spb-03-coach-carrel-defiant.txt'],
  ])('extractQuotes on %s equals the Node result', async (_name, path) => {
    const text = read(path);
    const expected = node.extractQuotes(text);
    expect(expected.quotes.length).toBeGreaterThan(0);
    expect(await inPage('extractQuotes', text)).toEqual(expected);
  });

  test('options, edge inputs and the HTML report agree too', async () => {
    const text = read('corpora/seeds/004_0cb45b6400040a5c.txt');
    expect(await inPage('extractQuotes', text, { indirect: false, minConfidence: 0.7 })).toEqual(node.extractQuotes(text, { indirect: false, minConfidence: 0.7 }));
    for (const t of ['', '"Unclosed, she said.', '« Oui », a dit Marie Curie.\u0000\ud800']) {
      expect(await inPage('extractQuotes', t)).toEqual(node.extractQuotes(t));
    }
    const result = node.extractQuotes(text);
    expect(await inPage('renderArticleReport', text, result, { title: 't' })).toBe(node.renderArticleReport(text, result, { title: 't' }));
  });
});
