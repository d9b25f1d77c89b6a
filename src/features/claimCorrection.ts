// "Set Claim Kind…": a reviewer corrects the classifier on one sentence — a claim of another kind
// or strength, no claim at all, or back to the classifier's reading — from the Claims view or at
// the cursor. The choice is saved in the folder's `.hakusho/claims.json` (see
// src/core/claimCorrections.ts), which `hakusho claims` reads too.
//
//   hakusho.claims.setKind(target?, choice?)
//     target: a Claims view item, a ClaimLocation, or nothing (the sentence at the cursor)
//     choice: { kind, strength?, inner?, holder? } | 'none' | 'automatic'; without it, quick picks
//       ask the kind, then whose claim it is (the paper's own, someone unnamed, or a named party)
//       and, for a claim reported as someone else's, what kind of thing is reported
//   hakusho.claims.removeStaleCorrections(): drops the active file's corrections that match no sentence
import * as vscode from 'vscode';
import { ClaimCorrectionsStore } from '../claimCorrectionsStore';
import { CorrectedKind, sentenceKey } from '../core/claimCorrections';
import { classifySentence } from '../core/claims';
import { CLAIM_KINDS, claimAt, sentenceAt } from '../core/claimExtraction';
import { Claim, ClaimHolder, ClaimKind, ClaimStrength, HOLDER_TYPES, INNER_KINDS, InnerKind, Sentence } from '../core/model';
import { kindName, strengthName } from '../service/claims';
import type { ClaimItem } from '../service/claimsTree';
import { localize } from '../serviceHost';
import { ClaimLocation, ClaimsSource, KIND_ICON, locationOf } from './claimsShared';

type Reading = { kind: CorrectedKind; strength?: ClaimStrength; inner?: InnerKind; holder?: ClaimHolder };
type Choice = Reading | 'automatic';

function isHolder(v: unknown): v is ClaimHolder {
  if (typeof v !== 'object' || v === null) return false;
  const { type, text } = v as { type?: unknown; text?: unknown };
  return (HOLDER_TYPES as readonly unknown[]).includes(type) && (text === undefined || text === null || typeof text === 'string');
}

function isChoice(v: unknown): v is Choice | 'none' {
  if (v === 'none' || v === 'automatic') return true;
  if (typeof v !== 'object' || v === null) return false;
  const { kind, strength, inner, holder } = v as { kind?: unknown; strength?: unknown; inner?: unknown; holder?: unknown };
  return (kind === 'none' || (CLAIM_KINDS as readonly unknown[]).includes(kind)) && (strength === undefined || strength === 'firm' || strength === 'hedged')
    && (inner === undefined || (INNER_KINDS as readonly unknown[]).includes(inner)) && (holder === undefined || isHolder(holder));
}

/**
 * A reading as the corrections file keeps it: a claim held by someone else is `attributed`, what it
 * asserts its inner kind (`necessity` held by OECD → attributed, inner necessity, holder OECD).
 */
export function normaliseReading(r: Reading): Reading {
  if (r.kind === 'none') return { kind: 'none' };
  const holder = r.holder && r.holder.type !== 'own' ? { type: r.holder.type, text: r.holder.type === 'named' ? (r.holder.text?.trim() || null) : null } : undefined;
  if (r.kind === 'attributed' || holder) {
    const inner = r.kind === 'attributed' ? r.inner : r.kind;
    return { kind: 'attributed', strength: r.strength, ...(inner ? { inner } : {}), ...(holder ? { holder } : {}) };
  }
  return { kind: r.kind, strength: r.strength };
}

interface HolderItem extends vscode.QuickPickItem { holder: ClaimHolder | 'ask' }
interface InnerItem extends vscode.QuickPickItem { inner: InnerKind }

/** Second step: whose claim is it? The classifier's reading is offered first when it named a party. */
async function pickHolder(kind: ClaimKind, suggested: ClaimHolder | undefined): Promise<ClaimHolder | undefined> {
  const items: HolderItem[] = [];
  if (kind !== 'attributed') items.push({ label: `$(home) ${vscode.l10n.t('The paper\'s own')}`, holder: { type: 'own', text: null } });
  if (suggested?.type === 'named' && suggested.text) items.push({ label: `$(person) ${suggested.text}`, description: vscode.l10n.t('as the sentence names it'), holder: suggested });
  items.push({ label: `$(person) ${vscode.l10n.t('A named party…')}`, holder: 'ask' });
  items.push({ label: `$(question) ${vscode.l10n.t('Reported, no one named')}`, holder: { type: 'unnamed', text: null } });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Whose claim is it?') });
  if (!picked) return undefined;
  if (picked.holder !== 'ask') return picked.holder;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('The party as the sentence names it'),
    value: suggested?.text ?? '',
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Give the party, e.g. OECD or A社の調査.') : undefined),
  });
  return text === undefined ? undefined : { type: 'named', text: text.trim() };
}

/** For a claim reported as someone else's: what kind of thing is reported. */
async function pickInner(suggested: InnerKind | undefined): Promise<InnerKind | undefined> {
  const items: InnerItem[] = INNER_KINDS.map((inner) => ({
    label: `$(${KIND_ICON[inner]}) ${kindName(inner, localize)}`, description: inner === suggested ? vscode.l10n.t('current') : undefined, inner,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('What is reported?') }))?.inner;
}

interface PickItem extends vscode.QuickPickItem { choice?: Choice }

function choiceItems(claim: Claim | null, corrected: boolean, classifierReading: string): PickItem[] {
  const current = claim ? `${claim.kind}/${claim.strength}` : 'none';
  const mark = (id: string) => (id === current ? vscode.l10n.t('current') : undefined);
  const items: PickItem[] = [];
  for (const kind of CLAIM_KINDS as readonly ClaimKind[]) {
    for (const strength of ['firm', 'hedged'] as const) {
      items.push({
        label: `$(${KIND_ICON[kind]}) ${kindName(kind, localize)} · ${strengthName(strength, localize)}`,
        description: mark(`${kind}/${strength}`),
        choice: { kind, strength },
      });
    }
  }
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: `$(circle-slash) ${vscode.l10n.t('Not a claim')}`, description: mark('none'), choice: { kind: 'none' } });
  if (corrected) {
    items.push({ label: `$(discard) ${vscode.l10n.t('As the classifier reads it')}`, description: classifierReading, choice: 'automatic' });
  }
  return items;
}

export function registerClaimCorrection(context: vscode.ExtensionContext, provider: ClaimsSource, corrections: ClaimCorrectionsStore): void {
  /** The sentence a command is about: the item's, or the one at the cursor. */
  const sentenceFor = (target: ClaimLocation | ClaimItem | undefined): { uri: string; sentence: Sentence; claim: Claim | null } | undefined => {
    let loc: { uri: string; start: number } | undefined = locationOf(target);
    if (!loc) {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      loc = { uri: editor.document.uri.toString(), start: editor.document.offsetAt(editor.selection.isEmpty ? editor.selection.active : editor.selection.start) };
    }
    const doc = provider.docFor(loc.uri);
    const sentence = doc ? sentenceAt(doc, loc.start) : null;
    if (!doc || !sentence) return undefined;
    const claim = claimAt(provider.claimsOf(doc), sentence.start);
    return { uri: loc.uri, sentence, claim: claim && claim.start === sentence.start ? claim : null };
  };

  const setKind = async (target?: ClaimLocation | ClaimItem, choiceArg?: unknown): Promise<boolean> => {
    const found = sentenceFor(target);
    if (!found) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a sentence of white-paper prose to set its claim kind.'));
      return false;
    }
    if (!corrections.fileFor(found.uri)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Claim corrections are kept in .hakusho/claims.json of a workspace folder: open the folder that holds this file.'));
      return false;
    }
    const { claim, sentence } = found;
    const corrected = corrections.correctionsFor(found.uri)?.has(sentenceKey(sentence.text)) ?? false;
    const classifier = classifySentence(sentence.text)?.kind;
    const reading = classifier ? kindName(classifier, localize) : vscode.l10n.t('not a claim');
    let choice: Choice | undefined;
    if (isChoice(choiceArg)) choice = choiceArg === 'none' ? { kind: 'none' } : choiceArg;
    else {
      const picked = await vscode.window.showQuickPick(choiceItems(claim, corrected, reading), {
        title: vscode.l10n.t('Claim kind of this sentence'),
        placeHolder: sentence.text.replace(/\s+/g, ' ').slice(0, 80),
      });
      choice = picked?.choice;
      if (choice && choice !== 'automatic' && choice.kind !== 'none') {
        const holder = await pickHolder(choice.kind, claim?.holder);
        if (!holder) return false;
        let inner: InnerKind | undefined;
        if (choice.kind === 'attributed') {
          inner = await pickInner(claim?.inner);
          if (!inner) return false;
        }
        choice = { ...choice, holder, ...(inner ? { inner } : {}) };
      }
    }
    if (!choice) return false;
    if (choice !== 'automatic') choice = normaliseReading(choice);
    try {
      await corrections.set(found.uri, sentence.text, choice === 'automatic' ? null : choice);
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return false;
    }
    vscode.window.setStatusBarMessage(choice === 'automatic'
      ? vscode.l10n.t('The sentence is read by the classifier again.')
      : vscode.l10n.t('Saved in {0}.', vscode.workspace.asRelativePath(corrections.fileFor(found.uri)!)), 4000);
    return true;
  };

  const removeStale = async (): Promise<number> => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor ? provider.docFor(editor.document.uri.toString()) : undefined;
    if (!doc) return 0;
    try {
      const n = await corrections.removeStale(doc);
      vscode.window.setStatusBarMessage(n === 1 ? vscode.l10n.t('Removed 1 stale claim correction.') : vscode.l10n.t('Removed {0} stale claim corrections.', n), 4000);
      return n;
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return 0;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('hakusho.claims.setKind', setKind),
    vscode.commands.registerCommand('hakusho.claims.removeStaleCorrections', removeStale),
  );
}
