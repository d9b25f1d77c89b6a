// CPU profile of the full analysis (analyzeText + claims) of the generated corpus, summarised.
//   npm run bench:profile [-- <passes>]       writes bench/results/analysis.cpuprofile (open it in Chrome DevTools)
// Prints the top frames by self time and by total (inclusive) time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/core/analyze';
import { classifySentence } from '../src/core/claims';
import { WhitePaperDocument } from '../src/core/model';
import { splitSentences } from '../src/core/sentences';
import { generateCorpus } from './generate';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench/results');

async function worker(dir: string, passes: number): Promise<void> {
  const ce = path.join(ROOT, 'src/core/claimExtraction.ts');
  const extract: (doc: WhitePaperDocument) => unknown[] = fs.existsSync(ce)
    ? (await import(pathToFileURL(ce).href)).extractClaims
    : (doc) => doc.paragraphs.flatMap((p) => splitSentences(doc.text, p.start, p.end).map((s) => classifySentence(s.text)));
  const texts = fs.readdirSync(dir).map((f) => ({ uri: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  for (let p = 0; p < passes; p++) for (const t of texts) extract(analyzeText(t.uri, t.text));
}

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

export function summarise(file: string, top = 25): string {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map<number, number>();
  prof.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const label = (n: Node) => {
    const f = n.callFrame;
    const where = f.url ? `${path.relative(ROOT, f.url.replace(/^file:\/\//, ''))}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  const self = new Map<string, number>(), total = new Map<string, number>();
  let all = 0;
  for (const [id, t] of selfTime) {
    all += t;
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + t);
    }
  }
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([l, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / all).toFixed(1).padStart(5)}%  ${l}`).join('\n');
  return `total sampled ${(all / 1000).toFixed(0)} ms\n\n-- self time --\n${fmt(self)}\n\n-- total time --\n${fmt(total)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') return worker(args[1], +args[2]);
  const passes = +(args[0] ?? 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hakusho-prof-'));
  try {
    generateCorpus(dir, { pages: 2000, targetBytes: 20 * 1024 * 1024, seed: 20250701 });
    fs.mkdirSync(OUT, { recursive: true });
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', OUT, '--cpu-prof-name', 'analysis.cpuprofile', '--import', 'tsx', __filename, '--worker', dir, String(passes)], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('profiled run failed');
    console.log(summarise(path.join(OUT, 'analysis.cpuprofile')));
    console.log(`\nwritten: ${path.relative(process.cwd(), path.join(OUT, 'analysis.cpuprofile'))}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
