// examples/browser.html, the README's browser page: works over HTTP, and says why from file:// instead of failing silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useChromium } from './chromium';

jest.setTimeout(60_000);

const root = join(__dirname, '../..');
const PAGE = join(root, 'examples/browser.html');
// A made-up origin served by page.route; nothing leaves the machine.
const ORIGIN = 'http://whosaid.test';

const browser = useChromium(join(root, 'test/browser/out'));

describe('examples/browser.html', () => {
  test('served over HTTP, it imports dist/whosaid.browser.js and lists the quotes', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/examples/browser.html`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(PAGE) });
      if (url === `${ORIGIN}/dist/whosaid.browser.js`) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(root, 'dist/whosaid.browser.js')) });
      return route.abort();
    });
    await page.goto(`${ORIGIN}/examples/browser.html`);
    await page.waitForFunction(() => /quotes? found/.test(document.getElementById('status')!.textContent ?? ''), undefined, { timeout: 30_000 });
    expect(await page.locator('#quotes li').allTextContents()).toEqual(['direct: "We are ready to talk" (Ana Díaz)', 'indirect: "the border talks could collapse" (Ana Díaz)']);
    await page.fill('#text', 'Nothing was said.');
    await page.click('#run');
    expect(await page.textContent('#status')).toBe('0 quotes found.');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('opened from file://, it tells the reader to serve it over HTTP', async () => {
    const page = await browser().newPage();
    await page.goto(pathToFileURL(PAGE).href);
    const status = page.locator('#status');
    await expect(status.getAttribute('class')).resolves.toBe('error');
    expect(await status.textContent()).toMatch(/must be served over HTTP.*python3 -m http\.server/);
    await page.close();
  });
});
