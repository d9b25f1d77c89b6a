// The extension host must never stall: a timer every 10 ms inside the extension host (where these
// suites run) records the longest stretch it was kept waiting while Hakusho works on real-sized files —
// opening the largest edition, typing in it, the Claims view over the workspace, a Markdown file built
// to make the parser super-linear, re-indexing after a setting change, Check All. Each action's longest
// block is printed and must stay within 50 ms of the thread's own CPU time, the collector's pauses
// left out (with them, within 100 ms; see LagMonitor).
//
// The edition comes from the real corpus when it is there (../shared/corpus, or HAKUSHO_CORPUS), copied
// at run time into a git-ignored folder of the test workspace; otherwise a generated one of the same size
// and claim density.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as inspector from 'node:inspector';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vscode from 'vscode';
import { generateCorpus } from '../../../bench/generate';
import { exec, waitFor, wsUri } from '../helpers';

const BUDGET_MS = 50;
const TICK_MS = 10;

interface ThreadTimes { runNs: number; waitNs: number }

/**
 * How long the extension host's main thread has run on a CPU and waited for one (Linux schedstat),
 * or null where that is not available. Unlike wall time, the run time does not grow when other
 * processes take the CPU.
 */
function threadTimes(): (() => ThreadTimes) | null {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  const read = () => {
    const [runNs, waitNs] = fs.readFileSync(file, 'utf8').split(' ').map(Number);
    return { runNs, waitNs };
  };
  try {
    read();
    return read;
  } catch {
    return null;
  }
}

/**
 * Longest block of the extension host's event loop, between two ticks of a 10 ms timer, three ways:
 * the wall time the timer fired late; the time the loop was busy (event-loop utilisation), which
 * leaves out the operating system keeping an idle loop waiting; and the time the thread really ran
 * on a CPU, which also leaves out the time it waited for a CPU other processes had. On a machine
 * shared with other work the last one is the figure that measures the extension host's own work;
 * for the longest wall gap the monitor also notes how much of it was waiting for a CPU.
 *
 * The collector's pauses are recorded too, and the longest block is also given without them: a
 * 1.5 MB document opened in VS Code makes the extension host hold its lines, and the collection that
 * moves them can take 40 ms by itself whatever extension is installed. A pause that falls inside a
 * piece of Hakusho's work lands in that piece's figure; without the pauses, the figure is the work.
 */
class LagMonitor {
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  private lastActive = 0;
  private lastTimes: ThreadTimes = { runNs: 0, waitNs: 0 };
  private readonly times = threadTimes();
  /** Ticks that ran long enough to matter: when, and how long the thread ran on a CPU. */
  private blocks: { start: number; end: number; run: number }[] = [];
  private pauses: { start: number; end: number; kind: number }[] = [];
  private readonly collector = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      this.pauses.push({ start: e.startTime, end: e.startTime + e.duration, kind: (e as unknown as { detail?: { kind: number } }).detail?.kind ?? 0 });
    }
  });
  longestGap = 0;
  longestBusy = 0;
  longestCpu = 0;
  /** In the longest wall gap: run and wait times of the thread, in ms. */
  worstGap = { run: 0, wait: 0 };

  start(): void {
    this.longestGap = this.longestBusy = this.longestCpu = 0;
    this.blocks = [];
    this.pauses = [];
    this.collector.observe({ entryTypes: ['gc'] });
    this.last = performance.now();
    this.lastActive = performance.eventLoopUtilization().active;
    this.lastTimes = this.times?.() ?? { runNs: 0, waitNs: 0 };
    this.timer = setInterval(() => {
      const now = performance.now();
      const active = performance.eventLoopUtilization().active;
      const times = this.times?.() ?? { runNs: 0, waitNs: 0 };
      const run = (times.runNs - this.lastTimes.runNs) / 1e6;
      if (now - this.last - TICK_MS > this.longestGap) {
        this.longestGap = now - this.last - TICK_MS;
        this.worstGap = { run: Math.round(run), wait: Math.round((times.waitNs - this.lastTimes.waitNs) / 1e6) };
      }
      this.longestBusy = Math.max(this.longestBusy, active - this.lastActive);
      this.longestCpu = Math.max(this.longestCpu, run);
      if (run > 5) this.blocks.push({ start: this.last, end: now, run });
      this.last = now;
      this.lastActive = active;
      this.lastTimes = times;
    }, TICK_MS);
  }

  async stop(): Promise<{ gap: number; busy: number; cpu: number; work: number; pauses: string }> {
    clearInterval(this.timer);
    await sleep(50); // the collector's entries are delivered after the fact
    this.collector.disconnect();
    const busy = Math.round(this.longestBusy);
    // without schedstat, the loop's busy time stands in for the CPU time
    const cpu = this.times ? Math.round(this.longestCpu) : busy;
    let work = 0;
    for (const b of this.blocks) {
      const paused = this.pauses.reduce((sum, p) => sum + Math.max(0, Math.min(b.end, p.end) - Math.max(b.start, p.start)), 0);
      work = Math.max(work, (this.times ? b.run : b.end - b.start - TICK_MS) - paused);
    }
    const total = this.pauses.reduce((sum, p) => sum + p.end - p.start, 0);
    const longest = this.pauses.reduce((a, p) => (p.end - p.start > a.end - a.start ? p : a), { start: 0, end: 0, kind: 0 });
    const pauses = `${this.pauses.length} collections, ${Math.round(total)} ms in all, longest ${Math.round(longest.end - longest.start)} ms (kind ${longest.kind})`;
    return { gap: Math.max(0, Math.round(this.longestGap)), busy, cpu, work: Math.round(Math.min(work, cpu)), pauses };
  }
}

/** A line in the suite's output: the extension host's console is not the terminal, the test log is. */
function report(line: string): void {
  if (process.env.HAKUSHO_TEST_LOG) fs.appendFileSync(process.env.HAKUSHO_TEST_LOG, line + '\n');
  else console.log(line);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The largest edition of the real corpus, or undefined when the corpus is not on this machine. */
function largestCorpusEdition(): string | undefined {
  // dist/test/suite → the project → ../shared/corpus
  const dir = process.env.HAKUSHO_CORPUS ?? path.resolve(__dirname, '../../../../shared/corpus');
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
}

/** Writes the large edition into `dir`: a copy of the real one, or generated pages joined into one file. */
function writeLargeEdition(dir: string): { file: string; origin: string } {
  const real = largestCorpusEdition();
  const file = path.join(dir, 'edition.txt');
  if (real) {
    fs.copyFileSync(real, file);
    return { file, origin: path.basename(real) };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-edition-'));
  try {
    // as dense in claims as the densest real edition (令和元年版: 1,104 claims in 1.3 MB), not the
    // benchmarks' claim-heavy default
    const corpus = generateCorpus(tmp, { pages: 120, targetBytes: 1.4 * 1024 * 1024, claimShare: 0.09 });
    fs.writeFileSync(file, corpus.files.map((f) => fs.readFileSync(f, 'utf8')).join('\n'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { file, origin: 'generated' };
}

describe('responsiveness: the extension host is never blocked for long', function () {
  this.timeout(120000);
  const dir = wsUri('large').fsPath;
  const monitor = new LagMonitor();
  const results: { action: string; gap: number; busy: number; cpu: number; work: number }[] = [];
  let edition: { file: string; origin: string };
  let document: vscode.TextDocument;
  const settingsExisted = fs.existsSync(wsUri('.vscode/settings.json').fsPath);

  /** HAKUSHO_LAG_PROFILE=<dir>: a CPU profile of each action, to find what blocked. */
  const profileDir = process.env.HAKUSHO_LAG_PROFILE;
  const session = profileDir ? new inspector.Session() : undefined;
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) =>
    session!.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));

  /** Runs `action`, then lets the extension host settle for `settleMs`, recording the longest block. */
  async function measure(name: string, action: () => Promise<unknown>, settleMs = 3000): Promise<void> {
    if (session) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
    }
    const heapBefore = v8.getHeapStatistics().used_heap_size;
    monitor.start();
    try {
      await action();
      await sleep(settleMs);
    } finally {
      const r = await monitor.stop();
      report(`    collections during ${name}: ${r.pauses}; heap ${Math.round(heapBefore / 1e6)} → ${Math.round(v8.getHeapStatistics().used_heap_size / 1e6)} MB`);
      if (session) {
        const { profile } = await post('Profiler.stop') as { profile: unknown };
        fs.writeFileSync(path.join(profileDir!, `${name.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile));
        session.disconnect();
      }
      results.push({ action: name, ...r });
      report(`    longest extension-host block, ${name}: ${r.work} ms of work on the CPU, ${r.cpu} ms with the collector's pauses (${r.gap} ms wall, ${r.busy} ms busy; the longest wall gap: ${monitor.worstGap.run} ms on the CPU, ${monitor.worstGap.wait} ms waiting for one)`);
    }
  }

  const assertWithinBudget = () => {
    const last = results[results.length - 1];
    assert.ok(last.work <= BUDGET_MS, `${last.action}: the extension host worked ${last.work} ms in one piece (budget ${BUDGET_MS} ms; ${last.cpu} ms with the collector's pauses, ${last.gap} ms wall)`);
    // and the collector's pauses, which our allocations cause in part, stay within twice the budget
    assert.ok(last.cpu <= 2 * BUDGET_MS, `${last.action}: the extension host ran ${last.cpu} ms in one piece with the collector's pauses (at most ${2 * BUDGET_MS} ms)`);
  };

  before(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    edition = writeLargeEdition(dir);
    report(`    large edition: ${edition.origin}, ${(fs.statSync(edition.file).size / 1e6).toFixed(2)} MB`);
    // the indexer reads the new file in the background; let it finish before measuring anything
    await sleep(6000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await exec('hakusho.claims.showActiveFile');
    await vscode.workspace.getConfiguration('hakusho').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(dir, { recursive: true, force: true });
    if (!settingsExisted) fs.rmSync(wsUri('.vscode').fsPath, { recursive: true, force: true });
    await sleep(1500);
    report("    longest extension-host block per action (ms: work on the CPU / with the collector's pauses / wall / event loop busy):");
    for (const r of results) report(`      ${r.action.padEnd(36)} ${String(r.work).padStart(5)} / ${String(r.cpu).padStart(5)} / ${String(r.gap).padStart(5)} / ${String(r.busy).padStart(5)}`);
  });

  it('opening the largest edition', async () => {
    await measure('open the largest edition', async () => {
      document = await vscode.workspace.openTextDocument(vscode.Uri.file(edition.file));
      await vscode.window.showTextDocument(document);
      document = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.fsPath === edition.file) ?? document,
        (d) => d.languageId === 'hakusho', 10000);
      // every feature VS Code asks for on open has answered
      const symbols = await waitFor(() => exec<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
        (s) => (s?.length ?? 0) > 0, 20000, 200);
      assert.ok(symbols?.length, 'the edition has an outline');
    }, 4000);
    assert.equal(document.languageId, 'hakusho');
    assertWithinBudget();
  });

  it('typing in it', async () => {
    const editor = await vscode.window.showTextDocument(document);
    await measure('type in the largest edition', async () => {
      const line = Math.floor(document.lineCount / 2);
      for (const ch of '情報通信の進展') {
        await editor.edit((e) => e.insert(new vscode.Position(line, 0), ch));
        await sleep(120);
      }
      // the pause after typing: re-analysis, diagnostics, index, claims marks
    }, 3000);
    assertWithinBudget();
  });

  it('the Claims view in workspace scope', async () => {
    await measure('Claims view, workspace scope', async () => {
      await exec('hakusho.claims.showWorkspace');
      await exec('hakusho.claims.focus');
    }, 5000);
    const snapshot = await exec<{ items: { label: string }[] }>('hakusho.claims.snapshot');
    assert.ok(snapshot.items.some((i) => /edition\.txt/.test(i.label)), 'the large edition is listed with its claims');
    assertWithinBudget();
    await exec('hakusho.claims.showActiveFile');
  });

  it('a Markdown bomb in the workspace', async () => {
    const bomb = path.join(dir, 'bomb.md');
    await measure('Markdown bomb in the workspace', async () => {
      fs.writeFileSync(bomb, `# 第9章 爆弾\n\n${'*a_'.repeat(8000)}\n`);
    }, 6000);
    assertWithinBudget();
  });

  it('re-indexing after a setting change', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // the first write of the workspace settings starts VS Code's JSON support in this same extension
    // host (a third of a second of loading code): done before measuring, it is not Hakusho's block
    await vscode.workspace.getConfiguration('hakusho').update('exclude', ['**/node_modules/**'], vscode.ConfigurationTarget.Workspace);
    await sleep(4000); // the closed edition goes back to being indexed from disk
    await measure('re-index after a setting change', async () => {
      await vscode.workspace.getConfiguration('hakusho').update('exclude', ['**/node_modules/**', '**/nothing-here/**'], vscode.ConfigurationTarget.Workspace);
    }, 5000);
    assertWithinBudget();
  });

  it('Check All', async () => {
    await measure('Check All', async () => {
      await exec('hakusho.checkWorkspace');
    }, 3000);
    assertWithinBudget();
    const bomb = vscode.Uri.file(path.join(dir, 'bomb.md'));
    const codes = vscode.languages.getDiagnostics(bomb).map((d) => String(d.code));
    assert.ok(codes.includes('markdown-too-complex'), `the Markdown bomb is refused with a warning (got ${codes.join(', ') || 'nothing'})`);
  });
});
