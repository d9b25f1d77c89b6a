// What the analysis worker does, as plain messages: text or file bytes in, the analysed document and
// its claims out. No `vscode` and no Node built-ins, so any host can run it on another thread — a Node
// `worker_threads` worker in the desktop extension host, a Web Worker in the browser — and the host's
// own thread only receives results. Results leave out what the host already has (the text it sent),
// since copying a large document back is work on the host's thread too.
import { analyzeDocument } from '../core/analyzeDocument';
import { ClaimCorrection, FileCorrections } from '../core/claimCorrections';
import { claimsOf, staleCorrections } from '../core/claimExtraction';
// the worker decides with the one policy every host uses (pure, like this module)
import { isMarkdownWhitePaperFile, isPlainTextWhitePaper } from './whitePaperFiles';
import { decodeBytes } from '../core/decode';
import { Claim, SourceForm, WhitePaperDocument } from '../core/model';

/** Analyse a text the host holds (an open document): the reply leaves the text out. */
export interface AnalyzeTextRequest {
  kind: 'analyze-text';
  id: number;
  uri: string;
  text: string;
  form: SourceForm;
  /** The reviewers' corrections for this file, when claims are wanted. */
  corrections?: [string, ClaimCorrection][];
  /** Only the claims are wanted (the host has the document already). */
  claimsOnly?: boolean;
}

/** Read a file's bytes: decode, decide whether it is a white paper, analyse. The reply carries the text. */
export interface AnalyzeFileRequest {
  kind: 'analyze-file';
  id: number;
  uri: string;
  /** The file's path, for the page code in its name (nd…). */
  path: string;
  bytes: Uint8Array;
  markdown: boolean;
  /** A setting makes this Markdown file a white paper whatever it says. */
  forcedWhitePaper: boolean;
  corrections?: [string, ClaimCorrection][];
}

export type AnalysisRequest = AnalyzeTextRequest | AnalyzeFileRequest;

/** A document as sent between threads: without its text when the host has it. */
export type DocumentWithoutText = Omit<WhitePaperDocument, 'text'> & { text?: string };

export type AnalysisReply =
  | { id: number; kind: 'document'; doc?: DocumentWithoutText; claims?: Claim[]; stale?: ClaimCorrection[] }
  /** The file is not read as a white paper: undecodable, or not one. */
  | { id: number; kind: 'skipped'; reason: 'undecodable' | 'not-white-paper' }
  | { id: number; kind: 'error'; message: string };

/** Answers one request. Pure apart from the time it takes: the caller decides which thread that is. */
export function handleAnalysisRequest(request: AnalysisRequest): AnalysisReply {
  const { id } = request;
  try {
    let text: string;
    let form: SourceForm;
    if (request.kind === 'analyze-text') {
      ({ text, form } = request);
    } else {
      const decoded = decodeBytes(request.bytes);
      if (!decoded.ok) return { id, kind: 'skipped', reason: 'undecodable' };
      text = decoded.text;
      form = request.markdown ? 'markdown' : 'page-text';
      const whitePaper = request.markdown
        ? request.forcedWhitePaper || isMarkdownWhitePaperFile(request.path, text)
        : isPlainTextWhitePaper(request.path, text);
      if (!whitePaper) return { id, kind: 'skipped', reason: 'not-white-paper' };
    }
    const doc = analyzeDocument(request.uri, text, form);
    const corrections: FileCorrections | undefined = request.corrections ? new Map(request.corrections) : undefined;
    const claims = claimsOf(doc, corrections);
    const stale = staleCorrections(doc, corrections);
    if (request.kind === 'analyze-text' && request.claimsOnly) return { id, kind: 'document', claims, stale };
    const sent: DocumentWithoutText = { ...doc };
    if (request.kind === 'analyze-text') delete sent.text;
    return { id, kind: 'document', doc: sent, claims, stale };
  } catch (e) {
    return { id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
