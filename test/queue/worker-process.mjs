// A whosaid BullMQ worker process for test/queue/bullmq.test.ts: what a user runs, through the package's own `whosaid/bullmq` export.
import { createExtractWorker } from 'whosaid/bullmq';

const [port, queue, lockMs] = process.argv.slice(2);
const worker = createExtractWorker(queue, {
  connection: { host: '127.0.0.1', port: Number(port) },
  concurrency: 1,
  lockDuration: Number(lockMs),
  stalledInterval: 500,
});
// One line per event on stdout, so the test can tell what this process is doing.
worker.on('active', (job) => process.stdout.write(`active ${job.data.id}\n`));
worker.on('completed', (job) => process.stdout.write(`completed ${job.data.id}\n`));
worker.on('error', (e) => process.stderr.write(`worker error: ${e.message}\n`));
worker.waitUntilReady().then(() => process.stdout.write('ready\n'));
process.on('SIGTERM', () => worker.close().then(() => process.exit(0)));
