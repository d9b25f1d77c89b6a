// The analysis worker of the Node extension host: a `worker_threads` thread running dist/analysisWorker.js.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AnalysisWorkerHost, StartAnalysisWorker } from './analysisClient';
import { AnalysisReply } from './service/analysisRequests';

/** Starts `script` (by default the bundled worker beside the extension) as a worker thread. */
export function workerThreadStarter(script = path.join(__dirname, 'analysisWorker.js')): StartAnalysisWorker {
  return (events) => {
    const worker = new Worker(script);
    worker.on('message', (reply: AnalysisReply) => events.message(reply));
    worker.on('error', (e) => events.error(e));
    worker.on('exit', () => events.exit());
    worker.unref(); // an idle worker never keeps the host (or the CLI's tests) alive
    return {
      post: (request, transfer) => worker.postMessage(request, transfer),
      terminate: () => { void worker.terminate(); },
    };
  };
}

/** The Node extension host's analysis: the bundled worker on a worker thread. */
export const workerThreads: AnalysisWorkerHost = { start: workerThreadStarter(), kind: 'worker-thread' };
