// The extension host's side of the analysis worker: one worker, requests answered in order (the
// editor's before the background indexing's), each with a time limit. A request over the limit stops
// the worker (a parse cannot be interrupted any other way); the next request starts a new one.
// What the worker is depends on the host: a Node worker thread (analysisWorkerThread.ts) or a Web
// Worker (web/analysisWebWorker.ts). Where none can be started, requests are answered on this
// thread, one per turn of the event loop, so other messages are answered between them.
import { AnalysisReply, AnalysisRequest, handleAnalysisRequest } from './service/analysisRequests';
import { nextTurn } from './turns';

/** How long one analysis may take before the worker is stopped (the largest editions take under 1 s). */
export const ANALYSIS_TIME_LIMIT_MS = 20_000;

export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) { super(`analysis took longer than ${ms} ms`); }
}

/** A started worker, as the client uses it. */
export interface AnalysisWorker {
  post(request: AnalysisRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** What a worker tells the client. */
export interface AnalysisWorkerEvents {
  message(reply: AnalysisReply): void;
  error(e: Error): void;
  exit(): void;
}

/** Starts a worker; undefined (or a throw) when this host cannot, and requests are answered in-process. */
export type StartAnalysisWorker = (events: AnalysisWorkerEvents) => AnalysisWorker | undefined;

/** How a host runs the analysis off its thread: what starts the worker, and what kind of worker it is. */
export interface AnalysisWorkerHost {
  readonly start: StartAnalysisWorker;
  readonly kind: 'worker-thread' | 'web-worker';
}

type Request = AnalysisRequest extends infer R ? (R extends AnalysisRequest ? Omit<R, 'id'> : never) : never;

interface Job {
  request: Request;
  transfer: ArrayBuffer[];
  resolve: (reply: AnalysisReply) => void;
  reject: (e: Error) => void;
}

/** Where the requests are answered: on a worker, or in-process in turns (no worker could be started). */
export type AnalysisMode = 'worker' | 'in-process';

export class AnalysisClient {
  private worker: AnalysisWorker | undefined;
  /** Whether the current worker has answered once: a worker that fails before that never loaded. */
  private workerAnswered = false;
  private readonly urgent: Job[] = [];
  private readonly background: Job[] = [];
  private running: { job: Job; id: number; timer?: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 1;
  private disposed = false;
  /** Set when no worker can be started here: requests are then answered on this thread. */
  private inline = false;

  constructor(private readonly startWorker: StartAnalysisWorker, readonly limitMs = ANALYSIS_TIME_LIMIT_MS) {}

  /** Where requests are answered now (a worker that has not started yet counts as one). */
  get mode(): AnalysisMode {
    return this.inline ? 'in-process' : 'worker';
  }

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
      // in-process: one request a turn, and no time limit (nothing could stop the parse)
      this.running = { job, id };
      void nextTurn().then(() => {
        let reply: AnalysisReply;
        try {
          reply = handleAnalysisRequest(request);
        } catch (e) {
          return this.settle(id, (j) => j.reject(e instanceof Error ? e : new Error(String(e))));
        }
        this.settle(id, (j) => j.resolve(reply));
      });
      return;
    }
    const timer = setTimeout(() => {
      // a parse that runs away: stop the worker, answer with the timeout, go on with a fresh one
      this.running = undefined;
      this.stopWorker();
      job.reject(new AnalysisTimeout(this.limitMs));
      this.pump();
    }, this.limitMs);
    this.running = { job, id, timer };
    worker.post(request, job.transfer);
  }

  private ensureWorker(): AnalysisWorker | undefined {
    if (this.inline) return undefined;
    if (this.worker) return this.worker;
    let started: AnalysisWorker | undefined;
    const current = () => started !== undefined && this.worker === started;
    try {
      started = this.startWorker({
        message: (reply) => {
          if (!current()) return;
          this.workerAnswered = true;
          this.settle(reply.id, (job) => job.resolve(reply));
        },
        error: (e) => {
          if (!current()) return;
          if (!this.workerAnswered) return this.giveUpWorker();
          this.worker = undefined;
          this.settle(this.running?.id, (job) => job.reject(e));
        },
        exit: () => {
          if (!current()) return;
          this.worker = undefined;
          this.settle(this.running?.id, (job) => job.reject(new Error('the analysis worker stopped')));
        },
      });
    } catch {
      started = undefined;
    }
    if (!started) {
      this.inline = true;
      return undefined;
    }
    this.worker = started;
    this.workerAnswered = false;
    return started;
  }

  /** The worker failed before it ever answered (it could not load here): the running request is answered in-process. */
  private giveUpWorker(): void {
    this.stopWorker();
    this.inline = true;
    const running = this.running;
    this.running = undefined;
    if (running) {
      if (running.timer) clearTimeout(running.timer);
      this.urgent.unshift(running.job);
    }
    this.pump();
  }

  private settle(id: number | undefined, finish: (job: Job) => void): void {
    if (!this.running || this.running.id !== id) return;
    const { job, timer } = this.running;
    if (timer) clearTimeout(timer);
    this.running = undefined;
    finish(job);
    this.pump();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    if (this.running) { if (this.running.timer) clearTimeout(this.running.timer); this.running.job.reject(new Error('analysis stopped')); this.running = undefined; }
    for (const job of [...this.urgent.splice(0), ...this.background.splice(0)]) job.reject(new Error('analysis stopped'));
    this.stopWorker();
  }
}
