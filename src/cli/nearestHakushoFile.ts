// The nearest `.hakusho/<name>` file in a file's folder or above, read once per run: where the CLI
// finds what an editorial team committed with the text (reviewers' corrections, review notes).
import * as fs from 'fs';
import * as path from 'path';
import { formatBytes, hakushoFileRefusal, readRegularFile } from '../safeFiles';
import { describeFsError } from './files';

export interface HakushoFile<T> {
  /** The file, as a path to show. */
  file: string;
  /** The folder holding `.hakusho/`: the keys inside are paths relative to it. */
  root: string;
  value: T;
  problems: string[];
}

export class NearestHakushoFile<T> {
  private readonly byFolder = new Map<string, HakushoFile<T> | null>();

  /**
   * @param relativePath e.g. `.hakusho/notes.json`
   * @param parse reads the file's text (never throws: problems go in the result)
   * @param empty the value of a file that is there but cannot be read
   * @param maxBytes a larger file is reported, not read
   * @param tooLarge the problem reported for such a file
   */
  constructor(
    private readonly relativePath: string,
    private readonly parse: (text: string) => { value: T; problems: string[] },
    private readonly empty: () => T,
    private readonly maxBytes: number,
    private readonly tooLarge: () => string = () => `larger than ${formatBytes(maxBytes)}, so it is not read`,
  ) {}

  /** The files read so far (to report their problems once each). */
  sources(): HakushoFile<T>[] {
    return [...new Set(this.byFolder.values())].filter((s): s is HakushoFile<T> => s !== null);
  }

  /** The nearest file for `file` and the file's key in it (relative, `/` separators); undefined when none. */
  forFile(file: string): { source: HakushoFile<T>; key: string } | undefined {
    const absolute = path.resolve(file);
    const source = this.sourceFor(path.dirname(absolute));
    return source ? { source, key: path.relative(source.root, absolute).split(path.sep).join('/') } : undefined;
  }

  private sourceFor(folder: string): HakushoFile<T> | null {
    const seen: string[] = [];
    let dir = folder;
    let found: HakushoFile<T> | null | undefined;
    for (;;) {
      found = this.byFolder.get(dir);
      if (found !== undefined) break;
      seen.push(dir);
      found = this.read(dir);
      if (found) break;
      const parent = path.dirname(dir);
      if (parent === dir) { found = null; break; }
      dir = parent;
    }
    for (const d of seen) this.byFolder.set(d, found);
    return found;
  }

  private read(root: string): HakushoFile<T> | null {
    const file = path.join(root, ...this.relativePath.split('/'));
    const shown = path.relative(process.cwd(), file) || file;
    const problem = (p: string): HakushoFile<T> => ({ file: shown, root, value: this.empty(), problems: [p] });
    let text: string;
    try {
      // a link is refused even when it leads nowhere: it says someone meant the file to be elsewhere
      const refusal = hakushoFileRefusal(root, this.relativePath);
      if (refusal) return problem(refusal);
      if (!fs.existsSync(file)) return null; // none here: look further up
      const read = readRegularFile(file, this.maxBytes, { noFollow: true });
      if (!read.ok) return problem(read.tooLarge ? this.tooLarge() : read.reason);
      text = read.bytes.toString('utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      // there but unreadable: what the team committed would be ignored silently, so it is a problem
      return problem(`cannot read: ${describeFsError(e)}`);
    }
    const { value, problems } = this.parse(text);
    return { file: shown, root, value, problems };
  }
}
