// The one policy for which files are white papers, shared by every host (VS Code, the language
// server, the CLI): which names are candidates, which folders are never searched, how large a file
// may be, and, from a file's name and text, whether it is a white paper and which parser reads it.
// Pure: no editor, no file system.
import { isMarkdownPath } from '../core/analyzeDocument';
import { looksLikeWhitePaper } from '../core/detect';
import { matchesAnyGlob } from '../core/glob';
import { isMarkdownWhitePaper } from '../core/markdown';
import { parsePageCode } from '../core/numbering';

/** The parser a white-paper file goes to. */
export type WhitePaperForm = 'page-text' | 'markdown';

/** Name endings of the files worth reading at all: plain text (page text, official .txt) and Markdown. */
export const CANDIDATE_EXTENSIONS: readonly string[] = ['.txt', '.hakusho', '.md', '.markdown', '.mdown', '.mkd'];

/** Folders a workspace walk never enters: tools' output and dependencies, not anybody's text. Dot folders too. */
export const EXCLUDED_FOLDER_NAMES: readonly string[] = ['node_modules', '.git', '.vscode-test', 'dist', 'out'];

/**
 * Files larger than this are not read: the largest whole-book download of a white paper is about
 * 1.5 MB, so 16 MiB leaves room while keeping a stray dump from exhausting a host.
 */
export const MAX_WHITE_PAPER_BYTES = 16 * 1024 * 1024;

/** How much of a plain-text file's start the markup detection reads. */
const DETECTION_HEAD = 6000;

export interface WhitePaperPolicyOptions {
  /** Globs (hakusho.markdown.include) that make Markdown files white papers whatever they hold. */
  markdownInclude?: readonly string[];
  /** The path relative to its workspace folder, for the globs; the path itself when absent. */
  relativePath?: string;
}

function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function baseName(path: string): string {
  const clean = path.replace(/[?#].*$/, '').replace(/\\/g, '/');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** Whether a file's name makes it worth reading (its text still decides). */
export function isCandidatePath(path: string): boolean {
  return CANDIDATE_EXTENSIONS.includes(extensionOf(path));
}

/** The candidate names as one brace glob over every folder, for an editor's file search and file watching. */
export const CANDIDATE_GLOB = `**/*.{${CANDIDATE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** Whether a walk skips this folder (by its own name). */
export function isExcludedFolder(name: string): boolean {
  return name.startsWith('.') || EXCLUDED_FOLDER_NAMES.includes(name);
}

/** Whether a workspace-relative path lies in a skipped folder or matches one of the exclude globs. */
export function isExcludedPath(relativePath: string, patterns: readonly string[] = []): boolean {
  const parts = relativePath.replace(/\\/g, '/').split('/').filter(Boolean);
  if (parts.slice(0, -1).some(isExcludedFolder)) return true;
  return patterns.length > 0 && matchesAnyGlob(parts.join('/'), patterns);
}

/**
 * Whether a plain-text file is a white-paper page, and so read as one: its name says so (a ministry
 * page code such as `nd121210.txt`, or `*.hakusho.txt` / `*.hakusho`), or its first lines carry
 * white-paper markup (a breadcrumb, a 部/章/節 heading, or several kinds of numbered headings and
 * 図表 numbers). An ordinary `notes.txt` is none of these.
 */
export function isPlainTextWhitePaper(path: string, text: string): boolean {
  const name = baseName(path).toLowerCase();
  if (name.endsWith('.hakusho') || name.endsWith('.hakusho.txt') || parsePageCode(name)) return true;
  return looksLikeWhitePaper(text.slice(0, DETECTION_HEAD));
}

/** Whether hakusho.markdown.include's globs name this Markdown file (by its relative path or its whole path). */
export function isIncludedMarkdown(path: string, options: WhitePaperPolicyOptions = {}): boolean {
  const include = options.markdownInclude ?? [];
  return include.length > 0 && (matchesAnyGlob(options.relativePath ?? path, include) || matchesAnyGlob(path, include));
}

/**
 * Whether a Markdown text is read as a white paper: a setting includes it, its front matter says
 * `hakusho: true`, or a `#` heading carries the numbering (第…部/章/節). The name is not checked, so an
 * editor's untitled Markdown document is judged by its text alone.
 */
export function isMarkdownWhitePaperFile(path: string, text: string, options: WhitePaperPolicyOptions = {}): boolean {
  return isIncludedMarkdown(path, options) || isMarkdownWhitePaper(text);
}

/**
 * Which parser reads a file as a white paper, or null when it is not one. Markdown: see
 * isMarkdownWhitePaperFile. Plain text: see isPlainTextWhitePaper. Other files: never.
 */
export function whitePaperForm(path: string, text: string, options: WhitePaperPolicyOptions = {}): WhitePaperForm | null {
  if (!isCandidatePath(path)) return null;
  if (isMarkdownPath(path)) return isMarkdownWhitePaperFile(path, text, options) ? 'markdown' : null;
  return isPlainTextWhitePaper(path, text) ? 'page-text' : null;
}

/** Why a candidate file is not read as a white paper, in words for a command line. */
export function notWhitePaperReason(path: string): string {
  return isMarkdownPath(path)
    ? 'Markdown without white-paper headings (第…部/章/節) or `hakusho: true`'
    : 'not a white paper (no breadcrumb, 第…部/章/節 heading or other white-paper markup near its start, and no page-code name such as nd121210.txt)';
}
