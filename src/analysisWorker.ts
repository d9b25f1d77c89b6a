// The analysis worker (Node `worker_threads`): parsing, analysis and claims run here, off the
// extension host's thread. The work itself is plain messages (service/analysisRequests.ts); the
// browser's Web Worker entry (web/analysisWorker.ts) differs only in these few lines.
import { parentPort } from 'node:worker_threads';
import { AnalysisRequest, handleAnalysisRequest } from './service/analysisRequests';

parentPort?.on('message', (request: AnalysisRequest) => {
  parentPort?.postMessage(handleAnalysisRequest(request));
});
