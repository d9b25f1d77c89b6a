// The Claims view's own commands: reveal a claim (the item click), the filters (kinds, whose claim,
// no evidence, open notes), grouping, scope, refresh, and a plain snapshot of the tree for the
// extension-host tests. Each filter command takes its choice as an argument, or asks with a quick pick.
import * as vscode from 'vscode';
import { AnalysisStore } from '../analysisStore';
import { CLAIM_KINDS, claimAt } from '../core/claimExtraction';
import { ClaimKind } from '../core/model';
import { claimsCount, HolderFilter, holderName, kindName } from '../service/claims';
import type { ClaimItem } from '../service/claimsTree';
import { localize } from '../serviceHost';
import { ClaimLocation, KIND_ICON, locationOf, relativeName } from './claimsShared';
import type { ClaimsNode, ClaimsTreeProvider } from './claimsTreeProvider';

const KIND_EXAMPLES: Record<ClaimKind, string> = {
  necessity: '必要がある・求められる・べきである',
  importance: '重要である・鍵を握る',
  expectation: '期待される・目指す・見込まれる',
  assessment: 'と考えられる・といえる・可能性がある',
  attributed: 'と指摘されている・とされている・によると',
  concern: '懸念される・課題となっている',
};

export function registerClaimsViewCommands(
  context: vscode.ExtensionContext, store: AnalysisStore, provider: ClaimsTreeProvider, view: vscode.TreeView<ClaimsNode>, refreshTree: () => void,
): void {
  const revealClaim = async (target: ClaimLocation | ClaimItem | undefined): Promise<vscode.Range | undefined> => {
    const loc = locationOf(target);
    if (!loc) return undefined;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
    } catch (e) {
      // deleted or moved since the view listed it
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot open {0}: {1}', relativeName(loc.uri), (e as Error).message));
      provider.refreshDocuments();
      return undefined;
    }
    let { start, end } = loc;
    // The file may have been read from disk by the index: re-anchor on the editor's own analysis.
    if (store.isWhitePaper(document)) {
      const analysed = await store.analyse(document);
      await store.prepareClaims(analysed);
      const claims = provider.claimsOf(analysed);
      const wanted = provider.docFor(loc.uri)?.text.slice(start, end);
      const hit = claimAt(claims, start);
      if (hit && (wanted === undefined || hit.text === wanted)) ({ start, end } = hit);
      else if (wanted) {
        const same = claims.filter((c) => c.text === wanted).sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
        if (same) ({ start, end } = same);
      }
    }
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    await vscode.window.showTextDocument(document, { selection: range, preserveFocus: true, preview: true });
    const editor = vscode.window.activeTextEditor;
    editor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  };

  const pickKinds = async (kinds?: ClaimKind[]) => {
    if (Array.isArray(kinds)) {
      provider.setKinds(kinds);
      return [...provider.kinds];
    }
    const items = CLAIM_KINDS.map((kind) => ({
      label: `$(${KIND_ICON[kind]}) ${kindName(kind, localize)}`,
      description: KIND_EXAMPLES[kind],
      picked: provider.kinds.size === 0 || provider.kinds.has(kind),
      claimKind: kind,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Show claims of these kinds'),
      placeHolder: vscode.l10n.t('Select the kinds to show (none or all: every kind)'),
    });
    if (picked) provider.setKinds(picked.length ? picked.map((p) => p.claimKind) : CLAIM_KINDS);
    return [...provider.kinds];
  };

  /**
   * Whose claims to show: `choice` is 'all' | 'own' | 'reported' | a holder key (`named:OECD`,
   * `unnamed`); without it a quick pick lists them with the holders found in scope.
   */
  const pickHolders = async (choice?: unknown): Promise<HolderFilter> => {
    if (typeof choice === 'string') {
      provider.setHolderFilter(choice === 'all' || choice === 'own' || choice === 'reported' ? { type: choice } : { type: 'holder', key: choice });
      return provider.holderFilter;
    }
    type Item = vscode.QuickPickItem & { filter?: HolderFilter };
    const current = JSON.stringify(provider.holderFilter);
    const mark = (f: HolderFilter) => (JSON.stringify(f) === current ? vscode.l10n.t('current') : undefined);
    const all: HolderFilter = { type: 'all' }, own: HolderFilter = { type: 'own' }, reported: HolderFilter = { type: 'reported' };
    const items: Item[] = [
      { label: `$(list-flat) ${vscode.l10n.t('All claims')}`, description: mark(all), filter: all },
      { label: `$(home) ${vscode.l10n.t('The paper\'s own')}`, description: mark(own), filter: own },
      { label: `$(quote) ${vscode.l10n.t('Reported (any holder)')}`, description: mark(reported), filter: reported },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
    ];
    for (const h of provider.holdersInScope()) {
      if (h.holder.type === 'own') continue;
      const f: HolderFilter = { type: 'holder', key: h.key };
      items.push({
        label: `$(${h.holder.type === 'named' ? 'person' : 'question'}) ${holderName(h.holder, localize)}`,
        description: [claimsCount(h.count, localize), mark(f)].filter(Boolean).join(' · '), filter: f,
      });
    }
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Show the claims of') });
    if (picked?.filter) provider.setHolderFilter(picked.filter);
    return provider.holderFilter;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('hakusho.claims.filterHolders', pickHolders),
    vscode.commands.registerCommand('hakusho.claims.groupByHolder', () => provider.setGroupBy('holder')),
    vscode.commands.registerCommand('hakusho.claims.groupByHeading', () => provider.setGroupBy('heading')),
    vscode.commands.registerCommand('hakusho.claims.refresh', () => refreshTree()),
    vscode.commands.registerCommand('hakusho.claims.reveal', revealClaim),
    vscode.commands.registerCommand('hakusho.claims.filterKinds', pickKinds),
    vscode.commands.registerCommand('hakusho.claims.filterKindsActive', pickKinds),
    vscode.commands.registerCommand('hakusho.claims.onlyWithoutEvidence', () => provider.setWithoutEvidence(true)),
    vscode.commands.registerCommand('hakusho.claims.showAllClaims', () => provider.setWithoutEvidence(false)),
    vscode.commands.registerCommand('hakusho.claims.onlyWithOpenNotes', () => provider.setOnlyOpenNotes(true)),
    vscode.commands.registerCommand('hakusho.claims.showAllNotes', () => provider.setOnlyOpenNotes(false)),
    vscode.commands.registerCommand('hakusho.claims.showWorkspace', () => provider.setScope('workspace')),
    vscode.commands.registerCommand('hakusho.claims.showActiveFile', () => provider.setScope('file')),
    // Internal (not in the palette): the shown tree as plain data, for the extension-host tests.
    vscode.commands.registerCommand('hakusho.claims.snapshot', () => ({
      ...snapshot(provider), visible: view.visible, selection: view.selection.map((n) => n.id), message: view.message,
    })),
  );
}

/** A plain description of the shown tree (for tests and diagnostics): labels, descriptions, icons, commands. */
function snapshot(provider: ClaimsTreeProvider): object {
  const describe = (n: ClaimsNode): unknown => {
    const item = provider.resolveTreeItem(provider.getTreeItem(n), n);
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : undefined;
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? (n.type === 'file' ? relativeName(n.uri) : '');
    return {
      type: n.type, id: item.id, label, description: item.description,
      tooltip: item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip,
      icon: icon?.id, color: icon?.color?.id, contextValue: item.contextValue,
      command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
      ...(n.type === 'claim' ? {
        kind: n.kind, strength: n.strength, inner: n.inner, holder: n.holder, text: n.text, evidence: n.evidence, correctedFrom: n.correctedFrom,
      } : {}),
      children: provider.childrenOf(n).map(describe),
    };
  };
  return {
    scope: provider.scope, kinds: [...provider.kinds], withoutEvidence: provider.withoutEvidence, onlyOpenNotes: provider.onlyOpenNotes,
    activeUri: provider.activeUri, holderFilter: provider.holderFilter, groupBy: provider.groupBy,
    items: provider.childrenOf().map(describe),
  };
}
