// How the claim tests state a sentence's expected reading: kind, then optionally strength, inner
// kind, holder type and holder text. Unstated, a claim that is not attributed must be the paper's own
// and its inner kind its kind.
import * as assert from 'node:assert/strict';
import { classifySentence } from '../../src/core/claims';
import type { ClaimKind, HolderType, InnerKind } from '../../src/core/model';

export type Expect = [kind: ClaimKind | 'none', strength?: 'firm' | 'hedged', inner?: InnerKind, holder?: HolderType, holderText?: string | null];

export function expectReading(sentence: string, [kind, strength, inner, holder, holderText]: Expect): void {
  const got = classifySentence(sentence);
  const show = `${sentence} → ${JSON.stringify(got)}`;
  assert.equal(got?.kind ?? 'none', kind, show);
  if (!got) return;
  if (strength) assert.equal(got.strength, strength, show);
  assert.equal(got.inner, inner ?? (kind === 'attributed' ? got.inner : kind), show);
  assert.equal(got.holder.type, holder ?? (kind === 'attributed' ? got.holder.type : 'own'), show);
  if (holderText !== undefined) assert.equal(got.holder.text, holderText, show);
}
