// The analysis worker's messages and the host's client: what crosses between threads, and a parse
// that runs away is stopped by its time limit without losing the requests after it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisClient, AnalysisTimeout } from '../../src/analysisClient';
import { workerThreadStarter } from '../../src/analysisWorkerThread';
import { handleAnalysisRequest } from '../../src/service/analysisRequests';

const PAGE = '第1部 通信の現状\n第1章 固定通信\n第1節 整備の状況\n\n光ファイバの整備が進んでいることが重要である。\n';

describe('analysis requests (what the worker answers)', () => {
  it('an open document: the analysis and its claims come back without the text the host already has', () => {
    const reply = handleAnalysisRequest({ kind: 'analyze-text', id: 7, uri: 'file:///p.txt', text: PAGE, form: 'page-text' });
    assert.strictEqual(reply.kind, 'document');
    if (reply.kind !== 'document') return;
    assert.strictEqual(reply.id, 7);
    assert.strictEqual(reply.doc?.text, undefined);
    assert.deepStrictEqual(reply.doc?.headings.map((h) => h.title), ['通信の現状', '固定通信', '整備の状況']);
    assert.deepStrictEqual(reply.claims?.map((c) => c.kind), ['importance']);
  });

  it('file bytes: decoded (Shift_JIS too) and analysed, with the text; ordinary files are skipped', () => {
    const utf8 = handleAnalysisRequest({ kind: 'analyze-file', id: 1, uri: 'file:///p.txt', path: '/p.txt', bytes: Buffer.from(PAGE), markdown: false, forcedWhitePaper: false });
    assert.ok(utf8.kind === 'document' && utf8.doc?.text === PAGE);
    const notes = handleAnalysisRequest({ kind: 'analyze-file', id: 2, uri: 'file:///notes.md', path: '/notes.md', bytes: Buffer.from('# Notes\n\nhello\n'), markdown: true, forcedWhitePaper: false });
    assert.deepStrictEqual(notes, { id: 2, kind: 'skipped', reason: 'not-white-paper' });
    const forced = handleAnalysisRequest({ kind: 'analyze-file', id: 3, uri: 'file:///notes.md', path: '/notes.md', bytes: Buffer.from('# Notes\n\nhello\n'), markdown: true, forcedWhitePaper: true });
    assert.strictEqual(forced.kind, 'document');
  });

  it('a Markdown bomb is answered at once with the budget warning', () => {
    const reply = handleAnalysisRequest({ kind: 'analyze-text', id: 1, uri: 'file:///b.md', text: `# 第9章 x\n\n${'*a_'.repeat(8000)}\n`, form: 'markdown' });
    assert.ok(reply.kind === 'document');
    assert.deepStrictEqual(reply.kind === 'document' && reply.doc?.diagnostics.map((d) => d.code), ['markdown-too-complex']);
  });
});

describe('AnalysisClient (the host side of the worker)', function () {
  this.timeout(20000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-worker-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stops a worker that runs over the time limit, and answers the next request with a fresh one', async () => {
    // a stand-in worker: spins forever on a text saying "hang", echoes anything else
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => { if (m.text === 'hang') for (;;) {} parentPort.postMessage({ id: m.id, kind: 'document', claims: [], doc: { uri: m.uri } }); });`);
    const client = new AnalysisClient(workerThreadStarter(script), 2000);
    try {
      const hung = client.request({ kind: 'analyze-text', uri: 'a', text: 'hang', form: 'markdown' });
      const next = client.request({ kind: 'analyze-text', uri: 'b', text: 'fine', form: 'markdown' });
      await assert.rejects(hung, (e) => e instanceof AnalysisTimeout);
      const reply = await next;
      assert.ok(reply.kind === 'document' && reply.doc?.uri === 'b');
    } finally {
      client.dispose();
    }
  });

  it('answers the editor before the background indexing', async () => {
    const script = path.join(dir, 'order.js');
    fs.writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, kind: 'document', doc: { uri: m.uri } }));`);
    const client = new AnalysisClient(workerThreadStarter(script), 5000);
    const order: string[] = [];
    try {
      const note = (p: Promise<unknown>, name: string) => p.then(() => order.push(name));
      await Promise.all([
        note(client.request({ kind: 'analyze-text', uri: 'bg1', text: '', form: 'markdown' }), 'bg1'),
        note(client.request({ kind: 'analyze-text', uri: 'bg2', text: '', form: 'markdown' }), 'bg2'),
        note(client.request({ kind: 'analyze-text', uri: 'ed', text: '', form: 'markdown' }, { urgent: true }), 'ed'),
      ]);
      assert.deepStrictEqual(order, ['bg1', 'ed', 'bg2'], 'the first was already running; the editor\'s goes next');
    } finally {
      client.dispose();
    }
  });

  it('where no worker can be started, answers in-process, one request a turn', async () => {
    const client = new AnalysisClient(() => { throw new Error('no workers here'); }, 5000);
    try {
      let turns = 0;
      const ticking = setInterval(() => turns++, 0);
      const replies = await Promise.all([1, 2, 3].map(() => client.request({ kind: 'analyze-text', uri: 'file:///p.txt', text: PAGE, form: 'page-text' })));
      clearInterval(ticking);
      assert.strictEqual(client.mode, 'in-process');
      assert.deepStrictEqual(replies.map((r) => r.kind === 'document' && r.doc?.headings.length), [3, 3, 3]);
      assert.ok(turns >= 2, `timers ran between the requests (${turns} times)`);
    } finally {
      client.dispose();
    }
  });

  it('a worker that fails before it ever answers (its script cannot load) gives way to in-process analysis', async () => {
    const script = path.join(dir, 'broken.js');
    fs.writeFileSync(script, 'throw new Error("cannot load here");');
    const client = new AnalysisClient(workerThreadStarter(script), 5000);
    try {
      const reply = await client.request({ kind: 'analyze-text', uri: 'file:///p.txt', text: PAGE, form: 'page-text' });
      assert.ok(reply.kind === 'document' && reply.doc?.headings.length === 3);
      assert.strictEqual(client.mode, 'in-process');
    } finally {
      client.dispose();
    }
  });
});
