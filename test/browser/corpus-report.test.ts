// The corpus report in real Chromium: occurrences, conflict styling, popover, speaker filter, screenshot.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCorpus, renderCorpusReport } from '../../src/index';
import { useChromium } from './chromium';

jest.setTimeout(60_000);

const OUT = join(__dirname, 'out');
const seedDir = join(__dirname, '../../corpora/seeds');

const chromiumFor = useChromium(OUT);

test('seed corpus report: one element per occurrence, conflicts in their own style, popover and filter work', async () => {
  const docs = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(seedDir, f), 'utf8') }));
  const corpus = await extractCorpus(docs);
  const occurrences = corpus.statements.flatMap((s) => s.occurrences);
  const page = await chromiumFor().newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(renderCorpusReport(corpus, new Map(docs.map((d) => [d.id, d.text]))));

  expect(await page.locator('.q[data-q]').count()).toBe(occurrences.length);
  expect(await page.locator('[data-conflict]').count()).toBe(corpus.conflicts.length);
  if (corpus.conflicts.length && (await page.locator('.cluster:not(.conflict)').count()) > 0) {
    // Conflicts stand out: a red left border that ordinary statements do not have.
    const border = (sel: string) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).borderLeftColor);
    expect(await border('.cluster.conflict')).not.toBe(await border('.cluster:not(.conflict)'));
  }

  const named = occurrences.find((o) => o.speaker)!;
  const sel = `.q[data-q="${named.document}/${named.quote}"]`;
  await page.hover(sel);
  expect(await page.locator('#ws-pop.open .who').textContent()).toBe(named.speaker!.name);

  const speaker = corpus.speakers[0];
  await page.click(`.spk[data-entity="${speaker.id}"]`);
  expect(await page.locator('.q.sel').count()).toBe(occurrences.filter((o) => o.speaker?.id === speaker.id).length);
  await page.click(`.spk[data-entity="${speaker.id}"]`);

  await page.screenshot({ path: join(OUT, 'corpus-seeds.png'), fullPage: true });
  expect(errors).toEqual([]);
  expect(requests).toEqual([]);
  await page.close();
});
