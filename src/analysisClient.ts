// The extension host's side of the analysis worker: one worker thread, requests answered in order
// (the editor's before the background indexing's), each with a time limit. A request over the limit
// stops the worker (a parse cannot be interrupted any other way); the next request starts a new one.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AnalysisReply, AnalysisRequest, handleAnalysisRequest } from './core/analysisRequests';

/** How long one analysis may take before the worker is stopped (the largest editions take under 1 s). */
export const ANALYSIS_TIME_LIMIT_MS = 20_000;

export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) { super(`analysis took longer than ${ms} ms`); }
}

type Request = AnalysisRequest extends infer R ? (R extends AnalysisRequest ? Omit<R, 'id'> : never) : never;

interface Job {
  request: Request;
  transfer: ArrayBuffer[];
  resolve: (reply: AnalysisReply) => void;
  reject: (e: Error) => void;
}

export class AnalysisClient {
  private worker: Worker | undefined;
  private readonly urgent: Job[] = [];
  private readonly background: Job[] = [];
  private running: { job: Job; id: number; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private disposed = false;
  /** Set when no worker can be started here: requests are then answered on this thread. */
  private inline = false;

  constructor(private readonly script = path.join(__dirname, 'analysisWorker.js'), readonly limitMs = ANALYSIS_TIME_LIMIT_MS) {}

  /** Sends a request; `urgent` ones (what the user looks at) go before background indexing. */
  request(request: Request, { urgent = false, transfer = [] as ArrayBuffer[] } = {}): Promise<AnalysisReply> {
    return new Promise((resolve, reject) => {
      if (this.disposed) return reject(new Error('analysis stopped'));
      (urgent ? this.urgent : this.background).push({ request, transfer, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.urgent.shift() ?? this.background.shift();
    if (!job) return;
    const id = this.nextId++;
    const request = { ...job.request, id } as AnalysisRequest;
    const worker = this.ensureWorker();
    if (!worker) {
      job.resolve(handleAnalysisRequest(request));
      return this.pump();
    }
    const timer = setTimeout(() => {
      // a parse that runs away: stop the thread, answer with the timeout, go on with a fresh worker
      this.running = undefined;
      this.stopWorker();
      job.reject(new AnalysisTimeout(this.limitMs));
      this.pump();
    }, this.limitMs);
    this.running = { job, id, timer };
    worker.postMessage(request, job.transfer);
  }

  private ensureWorker(): Worker | undefined {
    if (this.inline) return undefined;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.on('message', (reply: AnalysisReply) => this.settle(reply.id, (job) => job.resolve(reply)));
      worker.on('error', (e) => { if (this.worker === worker) this.worker = undefined; this.settle(this.running?.id, (job) => job.reject(e)); });
      worker.on('exit', () => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.settle(this.running?.id, (job) => job.reject(new Error('the analysis worker stopped')));
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      this.inline = true;
      return undefined;
    }
  }

  private settle(id: number | undefined, finish: (job: Job) => void): void {
    if (!this.running || this.running.id !== id) return;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = undefined;
    finish(job);
    this.pump();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    if (this.running) { clearTimeout(this.running.timer); this.running.job.reject(new Error('analysis stopped')); this.running = undefined; }
    for (const job of [...this.urgent.splice(0), ...this.background.splice(0)]) job.reject(new Error('analysis stopped'));
    this.stopWorker();
  }
}
