// Cold start probe: a fresh process imports whosaid and extracts one short article.
// performance.now() counts from process start, so this is "new process -> first result".
const { extractQuotes } = await import('../../dist/index.js');
const r = extractQuotes('"We will not back down," the mayor, Ana Ruiz, said on Monday. She added that talks would go on.');
process.stdout.write(JSON.stringify({ ms: performance.now(), quotes: r.quotes.length }));
