// The analysis worker of VS Code for the Web (a Web Worker; the Node host's is ../analysisWorker.ts):
// the same plain messages (service/analysisRequests.ts), received and answered on the worker's scope.
import { AnalysisRequest, handleAnalysisRequest } from '../service/analysisRequests';

interface WorkerScope {
  onmessage: ((event: { data: AnalysisRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(handleAnalysisRequest(event.data));
