// The analysis worker of VS Code for the Web: a Web Worker started from inside the web worker
// extension host. The worker's script is read through VS Code's file system and started from a Blob
// URL: the extension's own URI may be one a worker cannot be started from (code-server serves
// extensions as `vscode-remote:` resources, which VS Code refuses to start workers from).
import * as vscode from 'vscode';
import { AnalysisWorkerHost } from '../analysisClient';
import { AnalysisReply, AnalysisRequest } from '../service/analysisRequests';

/** The part of the browser's Worker the client uses (the project's type library has no DOM). */
interface WebWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
}
type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

/** Web Workers running the bundled worker script at `script` (dist/web/analysisWorker.js). */
export function webWorkers(script: vscode.Uri): AnalysisWorkerHost {
  let url: Promise<string> | undefined; // read once; a stopped worker's successor starts from the same URL
  return {
    kind: 'web-worker',
    start(events) {
      const WorkerClass = (globalThis as { Worker?: WebWorkerConstructor }).Worker;
      if (!WorkerClass) return undefined;
      url ??= blobUrlOf(script);
      let worker: WebWorker | undefined;
      let stopped = false;
      const waiting: Array<[AnalysisRequest, ArrayBuffer[]]> = [];
      url.then((scriptUrl) => {
        if (stopped) return;
        const started = new WorkerClass(scriptUrl, { name: 'Hakusho analysis' });
        started.onmessage = (event) => events.message(event.data as AnalysisReply);
        started.onerror = (event) => {
          event.preventDefault();
          events.error(new Error(event.message || 'the analysis worker failed'));
        };
        worker = started;
        for (const [request, transfer] of waiting.splice(0)) started.postMessage(request, transfer);
      }).catch((e: unknown) => events.error(e instanceof Error ? e : new Error(String(e))));
      return {
        post(request, transfer) {
          if (worker) worker.postMessage(request, transfer);
          else waiting.push([request, transfer]);
        },
        terminate() {
          stopped = true;
          worker?.terminate();
        },
      };
    },
  };
}

async function blobUrlOf(script: vscode.Uri): Promise<string> {
  let source: Uint8Array;
  try {
    source = await vscode.workspace.fs.readFile(script);
  } catch {
    // an extension served over http(s) with no file system provider for it
    const response = await fetch(script.toString(true));
    if (!response.ok) throw new Error(`the analysis worker's script could not be read: ${response.status}`);
    source = new Uint8Array(await response.arrayBuffer());
  }
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
