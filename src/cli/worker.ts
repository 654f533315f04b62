// Worker-thread entry (built as dist/worker.js): tinypool calls the default export once per document.
import { runTask, type Outcome, type Task } from './job';

export default function extractInWorker(task: Task): Outcome {
  return runTask(task);
}
