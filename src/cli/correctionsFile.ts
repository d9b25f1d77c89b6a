// The CLI's side of reviewers' claim corrections: for each file, the nearest `.hakusho/claims.json`
// in its folder or above, read once per run, and the file's corrections from it (keyed by the
// path relative to the folder holding `.hakusho/`, as the editor writes them).
import { correctionsByFile, CORRECTIONS_MAX_BYTES, CORRECTIONS_PATH, correctionsTooLarge, FileCorrections, parseCorrections } from '../core/claimCorrections';
import { HakushoFile, NearestHakushoFile } from './nearestHakushoFile';

type CorrectionsSource = HakushoFile<Map<string, FileCorrections>>;

export class CorrectionsLookup {
  private readonly nearest = new NearestHakushoFile(CORRECTIONS_PATH, (text) => {
    const { corrections, problems } = parseCorrections(text);
    return { value: correctionsByFile(corrections), problems };
  }, () => new Map<string, FileCorrections>(), CORRECTIONS_MAX_BYTES, correctionsTooLarge);

  /** The corrections files read so far (to report their problems once each). */
  sources(): CorrectionsSource[] {
    return this.nearest.sources();
  }

  /** The corrections that apply to `file`, and where they come from; undefined when there are none. */
  forFile(file: string): { corrections: FileCorrections; source: CorrectionsSource } | undefined {
    const found = this.nearest.forFile(file);
    const corrections = found?.source.value.get(found.key);
    return found && corrections ? { corrections, source: found.source } : undefined;
  }
}
