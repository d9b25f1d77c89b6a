// Cross-reference figures on the real corpus: references per kind, how many in-edition references
// resolve, title mismatches, and the list of everything unresolved, so each can be judged.
// Each edition is indexed on its own (addresses repeat across editions).
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { pathLabel } from '../src/core/numbering';
import { lineIndexOf } from '../src/core/text';
import { WorkspaceIndex } from '../src/core/workspaceIndex';

const corpusDir = process.env.HAKUSHO_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');
const files = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];
if (files.length === 0) {
  console.log(`No corpus at ${corpusDir}; set HAKUSHO_CORPUS.`);
  process.exit(0);
}
for (const name of files) {
  const file = path.join(corpusDir, name);
  const index = new WorkspaceIndex();
  const doc = analyzeText(file, fs.readFileSync(file, 'utf8'));
  index.set(doc);
  const lines = lineIndexOf(doc);
  const kinds: Record<string, number> = {};
  const status: Record<string, number> = {};
  const unresolved: string[] = [];
  for (const ref of [...doc.references, ...doc.figureReferences]) {
    kinds[ref.kind] = (kinds[ref.kind] ?? 0) + 1;
    const r = index.resolve(doc, ref);
    status[r.status] = (status[r.status] ?? 0) + 1;
    if (r.status === 'unresolved') {
      unresolved.push(`  ${name}:${lines.positionAt(ref.start).line + 1}: ${ref.text} → ${ref.kind === 'figure' ? ref.figures.join(', ') : pathLabel(r.address)}`);
    }
  }
  const inEdition = (status.resolved ?? 0) + (status.ambiguous ?? 0) + (status.unresolved ?? 0);
  const mismatches = index.checkReferences(doc).filter((d) => d.code === 'reference-title-mismatch');
  console.log(`${name}`);
  console.log(`  references by kind: ${JSON.stringify(kinds)}`);
  console.log(`  in-edition references: ${inEdition}, resolved ${status.resolved ?? 0}, ambiguous ${status.ambiguous ?? 0}, unresolved ${status.unresolved ?? 0} (${((100 * ((status.resolved ?? 0) + (status.ambiguous ?? 0))) / Math.max(1, inEdition)).toFixed(1)}% resolve)`);
  console.log(`  other editions, back matter, 前述/後述 (never reported): ${status.external ?? 0}`);
  console.log(`  title mismatches: ${mismatches.length}`);
  for (const m of mismatches) console.log(`  ${name}:${lines.positionAt(m.start).line + 1}: ${m.message}`);
  console.log(`  unresolved:${unresolved.length ? '' : ' none'}`);
  for (const u of unresolved) console.log(u);
}
