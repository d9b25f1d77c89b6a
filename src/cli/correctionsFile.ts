// The CLI's side of reviewers' claim corrections: for each file, the nearest `.hakusho/claims.json`
// in its folder or above, read once per run, and the file's corrections from it (keyed by the
// path relative to the folder holding `.hakusho/`, as the editor writes them).
import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from './files';
import { correctionsByFile, CORRECTIONS_MAX_BYTES, CORRECTIONS_PATH, correctionsTooLarge, FileCorrections, parseCorrections } from '../core/claimCorrections';
import { correctionsFileRefusal, readRegularFile } from '../safeFiles';

interface CorrectionsSource {
  /** The corrections file, as a path to show. */
  file: string;
  root: string;
  byFile: Map<string, FileCorrections>;
  problems: string[];
}

export class CorrectionsLookup {
  private readonly byFolder = new Map<string, CorrectionsSource | null>();

  /** The corrections files read so far (to report their problems once each). */
  sources(): CorrectionsSource[] {
    return [...new Set(this.byFolder.values())].filter((s): s is CorrectionsSource => s !== null);
  }

  /** The corrections that apply to `file`, and where they come from; undefined when there are none. */
  forFile(file: string): { corrections: FileCorrections; source: CorrectionsSource } | undefined {
    const absolute = path.resolve(file);
    const source = this.sourceFor(path.dirname(absolute));
    if (!source) return undefined;
    const key = path.relative(source.root, absolute).split(path.sep).join('/');
    const corrections = source.byFile.get(key);
    return corrections ? { corrections, source } : undefined;
  }

  private sourceFor(folder: string): CorrectionsSource | null {
    const seen: string[] = [];
    let dir = folder;
    let found: CorrectionsSource | null | undefined;
    for (;;) {
      found = this.byFolder.get(dir);
      if (found !== undefined) break;
      seen.push(dir);
      found = read(dir);
      if (found) break;
      const parent = path.dirname(dir);
      if (parent === dir) { found = null; break; }
      dir = parent;
    }
    for (const d of seen) this.byFolder.set(d, found);
    return found;
  }
}

function read(root: string): CorrectionsSource | null {
  const file = path.join(root, ...CORRECTIONS_PATH.split('/'));
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    // a link is refused even when it leads nowhere: it says someone meant the file to be elsewhere
    const refusal = correctionsFileRefusal(root);
    if (refusal) return { file: shown, root, byFile: new Map(), problems: [refusal] };
    if (!fs.existsSync(file)) return null;
    const read = readRegularFile(file, CORRECTIONS_MAX_BYTES, { noFollow: true });
    if (!read.ok) return { file: shown, root, byFile: new Map(), problems: [read.tooLarge ? correctionsTooLarge() : read.reason] };
    text = read.bytes.toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null; // no corrections here: look further up
    // there but unreadable: the team's decisions would be ignored silently, so it is a problem like a broken file
    return { file: shown, root, byFile: new Map(), problems: [`cannot read: ${describeFsError(e)}`] };
  }
  const { corrections, problems } = parseCorrections(text);
  return { file: shown, root, byFile: correctionsByFile(corrections), problems };
}
