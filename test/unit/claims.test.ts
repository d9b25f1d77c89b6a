import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { classifyByRules, classifySentence } from '../../src/core/claims';
import type { ClaimKind } from '../../src/core/model';

type Label = ClaimKind | 'none';

function expectClaim(sentence: string, kind: Label, strength?: 'firm' | 'hedged'): void {
  const got = classifySentence(sentence);
  const gotKind: Label = got ? got.kind : 'none';
  assert.equal(gotKind, kind, `${sentence} → ${JSON.stringify(got)}`);
  if (strength && got) assert.equal(got.strength, strength, `${sentence} → ${JSON.stringify(got)}`);
}

const CLAIM_KINDS: ClaimKind[] = ['necessity', 'importance', 'expectation', 'assessment', 'attributed', 'concern'];

function readLabelled(name: string): { kind: Label; strength: string; sentence: string }[] {
  const text = readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [kind, strength, sentence] = l.split('\t');
      return { kind: kind as Label, strength, sentence };
    });
}

function macroF1(rows: { kind: Label; sentence: string }[]): number {
  let sum = 0;
  const preds = rows.map((r) => classifySentence(r.sentence)?.kind ?? 'none');
  for (const k of CLAIM_KINDS) {
    let tp = 0, fp = 0, fn = 0;
    rows.forEach((r, i) => {
      if (preds[i] === k && r.kind === k) tp++;
      else if (preds[i] === k) fp++;
      else if (r.kind === k) fn++;
    });
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const rc = tp + fn === 0 ? 1 : tp / (tp + fn);
    sum += p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  }
  return sum / CLAIM_KINDS.length;
}

describe('classifySentence', () => {
  describe('each kind', () => {
    it('necessity', () => {
      expectClaim('離島の通信網を守るため、予備回線の確保を急ぐ必要がある。', 'necessity', 'firm');
      expectClaim('事業者には、障害情報の速やかな公表が求められる。', 'necessity', 'firm');
      expectClaim('地方局の統合は慎重に進めるべきである。', 'necessity', 'firm');
      expectClaim('広域での連携体制の構築は不可欠である。', 'necessity', 'firm');
      expectClaim('窓口の人員確保が欠かせない。', 'necessity', 'firm');
      expectClaim('老朽設備の更新は急務である。', 'necessity', 'firm');
    });
    it('importance', () => {
      expectClaim('地域の放送局の存続は住民にとって重要である。', 'importance', 'firm');
      expectClaim('人材の厚みが今後の競争力の鍵を握る。', 'importance', 'firm');
      expectClaim('現場の声を聞くことが肝要である。', 'importance', 'firm');
      expectClaim('自治体は住民サービスの担い手として重要な役割を果たしている。', 'importance', 'firm');
    });
    it('expectation', () => {
      expectClaim('遠隔授業の普及により、学習機会の拡大が期待される。', 'expectation', 'firm');
      expectClaim('総務省は全国展開を目指している。', 'expectation', 'firm');
      expectClaim('市場は今後も拡大すると見込まれる。', 'expectation', 'hedged');
      expectClaim('衛星通信への期待が高まっている。', 'expectation', 'firm');
    });
    it('assessment', () => {
      expectClaim('利用低迷の一因は操作の難しさにあると考えられる。', 'assessment', 'hedged');
      expectClaim('地域差は縮小しつつあるといえる。', 'assessment', 'hedged');
      // a reading of data, like 見て取れる (§6 case 1): firm; a possibility read is hedged by its 可能性
      expectClaim('若年層の利用が多い様子がうかがえる。', 'assessment', 'firm');
      expectClaim('割引の導入が利用を後押しした可能性がうかがえる。', 'assessment', 'hedged');
      expectClaim('今後さらに需要が伸びる可能性がある。', 'assessment', 'hedged');
      expectClaim('この方式は小規模な自治体にも有用であろう。', 'assessment', 'hedged');
      expectClaim('都市部ほど利用率が高いことが分かる。', 'assessment', 'firm');
    });
    it('attributed', () => {
      expectClaim('専門家からは、規制が追いついていないとの指摘がある。', 'attributed', 'firm');
      expectClaim('この技術は通信の在り方を変えるとされている。', 'attributed', 'firm');
      expectClaim('調査会社によると、出荷台数は来年に倍増する見込みである。', 'attributed', 'hedged');
      expectClaim('同団体は、支援の拡充が必要であると指摘している。', 'attributed', 'firm');
    });
    it('concern', () => {
      expectClaim('災害時の情報途絶が懸念される。', 'concern', 'firm');
      expectClaim('技術者の高齢化が課題となっている。', 'concern', 'firm');
      expectClaim('対策が遅れれば被害が広がるおそれがある。', 'concern', 'hedged');
      expectClaim('特定の事業者への依存には供給途絶のリスクがある。', 'concern', 'firm');
    });
  });

  it('handles the polite style', () => {
    expectClaim('相談窓口の充実を図る必要があります。', 'necessity', 'firm');
    expectClaim('地域の理解を得ることが重要です。', 'importance', 'firm');
    expectClaim('利便性の向上が期待されます。', 'expectation', 'firm');
    expectClaim('今後も利用は伸びていくと考えられます。', 'assessment', 'hedged');
    expectClaim('人材の確保が課題となっています。', 'concern', 'firm');
    expectClaim('同社は地域の拠点を増やすとしています。', 'attributed', 'firm');
    expectClaim('全国での導入を目指します。', 'expectation', 'firm');
  });

  it('rejects negations and questions', () => {
    expectClaim('全ての窓口を廃止する必要はない。', 'none');
    expectClaim('端末の種類は重要ではない。', 'none');
    expectClaim('新たな設備を導入する必要はありません。', 'none');
    expectClaim('なぜ利用が伸びなかったのだろうか。', 'none');
    expectClaim('地域の通信網はどうなるのでしょうか。', 'none');
    expectClaim('その効果はどの程度あったのか。', 'none');
    expectClaim('この施策は本当に必要か？', 'none');
  });

  it('treats a rhetorical …ではないか as a hedge, not a question', () => {
    expectClaim('制度の見直しが必要なのではないだろうか。', 'necessity', 'hedged');
  });

  it('rejects decisions stated as facts, text about the text, and descriptions', () => {
    expectClaim('新制度は来年度から施行されることとされた。', 'none');
    expectClaim('検討会で年度内に結論を得ることとされている。', 'none');
    expectClaim('同事業は終了することとなった。', 'none');
    expectClaim('本節では、地域の放送の現状について述べる。', 'none');
    expectClaim('本章では、通信政策の動向を概観する。', 'none');
    expectClaim('以下では、主な事例を取り上げる。', 'none');
    expectClaim('契約数は前年から5％増加した。', 'none');
    expectClaim('同社は2010年に設立された。', 'none');
    expectClaim('こうした仕組みは「情報銀行」と呼ばれている。', 'none');
  });

  describe('combined markers (FORMAT.md §6)', () => {
    it('a hedge around another kind keeps the inner kind, hedged', () => {
      expectClaim('人材育成は重要といえる。', 'importance', 'hedged');
      expectClaim('早期の対応が必要と考えられる。', 'necessity', 'hedged');
      expectClaim('制度の見直しが必要であると言える。', 'necessity', 'hedged');
      expectClaim('設備の更新は今後の課題といえる。', 'concern', 'hedged');
      expectClaim('普及が進むことが期待されると考えられる。', 'expectation', 'hedged');
    });
    it('attribution wins', () => {
      expectClaim('国際連携が不可欠とされている。', 'attributed', 'firm');
      expectClaim('同報告書は、制度の見直しを行う必要があると示している。', 'attributed', 'firm');
      expectClaim('同社は、海外市場への進出を目指すとしている。', 'attributed', 'firm');
      expectClaim('業界団体によると、市場は今後縮小すると予想されている。', 'attributed', 'hedged');
      expectClaim('有識者から、地域主導の取組が有効であるとの示唆を受けた。', 'attributed', 'firm');
      expectClaim('利用者からは、手続が煩雑であるとの声がある。', 'attributed', 'firm');
    });
    it('a problem wins over importance', () => {
      expectClaim('人材の確保は重要な課題となっている。', 'concern', 'firm');
      expectClaim('データの保護は重要な課題である。', 'concern', 'firm');
    });
    it('the kind comes from the ending, not from markers deep inside', () => {
      expectClaim('連携が重要であり、そのための場づくりが求められる。', 'necessity', 'firm');
      expectClaim('必要な対策を講じることが期待される。', 'expectation', 'firm');
      expectClaim('課題とされてきた料金の問題について、新たな制度が導入された。', 'none');
      expectClaim('専門家の指摘を踏まえ、必要な措置を講じた。', 'none');
    });
  });

  describe('cases the ending alone does not settle', () => {
    it('a duty a statute imposes is described, not recommended', () => {
      expectClaim('事業者は、解約の条件を利用者に書面で示さなければならない（第12条第2項）。', 'none');
      expectClaim('同法では、事業者は年に一度報告書を提出しなければならない。', 'none');
      expectClaim('その理由も契約書に記載しなければならないとされている（第8条）。', 'none');
      // the text's own demand stays a claim
      expectClaim('事業者は、解約の条件をより分かりやすく示さなければならない。', 'necessity', 'firm');
    });
    it('a harm that may happen is a concern, a neutral possibility an assessment', () => {
      expectClaim('設定を誤ると、利用者の個人情報が流出する可能性がある。', 'concern', 'hedged');
      expectClaim('新規参入を妨げるおそれや、料金が高止まりする可能性がある。', 'concern', 'hedged');
      expectClaim('地方でも利用が広がる可能性がある。', 'assessment', 'hedged');
    });
    it('a study cited by author and year opens a reported finding', () => {
      expectClaim('山田（2021）は、地方の中小企業ほど導入が遅れている傾向があることを見いだした。', 'attributed', 'firm');
      expectClaim('調査会社A（2022）によれば、利用者の半数が料金に不満を持っている。', 'attributed', 'firm');
    });
    it('reported views with less common verbs', () => {
      expectClaim('同報告書は、地方局の経営環境の厳しさにも触れている。', 'attributed', 'firm');
      expectClaim('こうした規制が本当に効果を持つのかという疑問も投げかけられている。', 'attributed', 'firm');
      expectClaim('その主張は「放送は地域の公共財である」というものである。', 'attributed', 'firm');
      expectClaim('規制が技術の発展を妨げるのではないかという「規制悲観論」も出てきている。', 'attributed', 'hedged'); // a view put as a question is reported hedged
      // the government's own requests are actions, not reports
      expectClaim('総務省では、事業者団体に対して周知の徹底を要請している。', 'none');
      expectClaim('一般に、固定回線の方が障害に強いと考えられている。', 'attributed', 'firm'); // a common view, not the author's hedge
      expectClaim('同氏は、地域の放送こそが民主主義の基盤であると言います。', 'attributed', 'firm');
      expectClaim('このような費用を、「切替費用」という。', 'none'); // a definition
    });
    it('importance, need and problems said in other words', () => {
      expectClaim('地域の放送を守る必要性が急速に高まっている。', 'necessity', 'firm');
      expectClaim('災害に強い通信網の重要性がクローズアップされている。', 'importance', 'firm');
      expectClaim('地域の郵便局は今後一層重要なものになる。', 'importance', 'firm');
      expectClaim('電波は社会に必要不可欠なインフラである。', 'necessity', 'firm');
      expectClaim('人手不足のため、点検の頻度が下がってしまう側面がある。', 'concern', 'firm');
      expectClaim('当時の回線は遅く、料金が高いといった課題があった。', 'concern', 'firm');
      expectClaim('同年には、新たな端末の普及が進んだことが特筆される。', 'importance', 'firm');
      expectClaim('現行の方式は、大量の電力を必要とするという弱点を持っている。', 'concern', 'firm');
      expectClaim('山間部では電波が届きにくく、端末の小型化が難しい面がある。', 'concern', 'firm');
      expectClaim('有効な対策はいまだ見いだせていない状況である。', 'concern', 'firm');
      expectClaim('評価が恣意的であれば、市場の公正な競争を損なうこととなる。', 'concern', 'firm');
      // a neutral consequence drawn in an explanation is no claim of the rules; the learned model, trained
      // on labelled sets that read such an inference as an assessment about half the time (the guide:
      // `…ということになる`, an inference drawn from data), reads it as one
      expectClaim('利用者が増えれば、集まるデータも増えることになる。', 'assessment');
      assert.equal(classifyByRules('利用者が増えれば、集まるデータも増えることになる。'), null);
      expectClaim('地域の通信網の強靱化は、住民の安全と直結するものとなっている。', 'importance', 'firm');
      expectClaim('今後の成長は、データを使いこなせるかにかかっている。', 'importance', 'firm');
      expectClaim('事業者には、より丁寧な説明が求められるようになってきている。', 'necessity', 'firm');
      expectClaim('交渉は停滞し、その後の進捗は見られない状況にある。', 'concern', 'firm');
      expectClaim('地方局は、深刻な人材不足の問題に直面している。', 'concern', 'firm');
      expectClaim('新方式の導入により、実用化に向けて大きく前進した。', 'assessment', 'firm');
      expectClaim('自治体の調達手続が、導入のハードルとなることがあり得る。', 'concern', 'hedged');
      expectClaim('人材の確保が、地方局にとって大きな課題の一つとなっている。', 'concern', 'firm');
      expectClaim('大雨の影響で、各地の通信サービスに支障が生じている。', 'concern', 'firm');
      expectClaim('窓口の業務が増え、職員の負担も大きくなっている。', 'concern', 'firm');
      expectClaim('地域の郵便局への期待がますます高まっている。', 'expectation', 'firm');
      expectClaim('同機関は、国際的な議論を主導することが期待されている状況にある。', 'expectation', 'firm');
      expectClaim('当時は、紙の申請書を郵送で受け付ける必要があった。', 'necessity', 'firm');
      expectClaim('災害時に地域の放送が果たす役割も大きいと考えられる。', 'importance', 'hedged');
      expectClaim('夜間にはより詳しい情報が必要となっている可能性が示唆される。', 'necessity', 'hedged');
      expectClaim('実証の結果、窓口の待ち時間の短縮に大きな効果が見られた。', 'assessment', 'firm');
      expectClaim('どの地域にも、その土地に合ったやり方があるはずです。', 'assessment', 'firm');
      // a description stays one
      expectClaim('実証の結果、窓口の待ち時間は平均で5分短縮された。', 'none');
    });
    it('a source named in the final clause makes the finding reported, however long the sentence', () => {
      const long = '総務省の調査によると、' + '地域の事業者が提供するサービスは、'.repeat(10) + '前年より増加した。';
      expectClaim(long, 'attributed', 'firm');
      expectClaim('民間の調査会社による調査では、中小企業の導入率は3割にとどまっている。', 'attributed', 'firm');
      expectClaim('導入は進んだが、同研究所の分析においては、効果は限定的である可能性が高い。', 'attributed', 'hedged');
      // what a survey did is a description, not its finding
      expectClaim('同社の調査では、利用者に今後の利用意向を尋ねている。', 'none');
      // the text's own figure is not a source, and `…によるところが大きい` (owing to) names none: it is the text's own inference
      expectClaim('図表3-1-2によると、利用者は前年より増加した。', 'none');
      expectClaim('普及が進んだのは、端末価格の低下によるところが大きい。', 'assessment', 'firm');
      // a source in a clause before the final one does not attribute the final clause
      expectClaim('同社の調査では、利用者は増加しているが、地域の事業者は減少している。', 'none');
      expectClaim('研究会の答申では、地域の放送を支える新たな仕組みの必要性が示されている。', 'attributed', 'firm');
      expectClaim('同年にまとめられた「中間とりまとめ」においては、三つの論点が挙げられた。', 'attributed', 'firm');
      expectClaim('研究会は、地方局の経営基盤の強化が必要であるとして、国の支援のあり方について警鐘を鳴らしている。', 'attributed', 'firm');
      expectClaim('同氏は、「地方にこそ新しい仕事の芽がある」とコメントした。', 'attributed', 'firm');
      expectClaim('近年、放送の将来像をめぐる議論が盛んになっている。', 'attributed', 'firm');
      expectClaim('地方の中小企業の弱みとして、人材の不足が挙げられることが多い。', 'attributed', 'firm');
    });
  });

  it('strips trailing anchors and figure/section references before matching', () => {
    expectClaim('支援を継続する必要がある3。', 'necessity', 'firm');
    expectClaim('支援を継続する必要がある 3 。', 'necessity', 'firm');
    expectClaim('支援を継続する必要がある（図表Ⅰ-1-1-2）。', 'necessity', 'firm');
    expectClaim('支援を継続する必要がある(図表2-1-3-1)。', 'necessity', 'firm');
    expectClaim('支援を継続する必要がある（第2節参照）。', 'necessity', 'firm');
    expectClaim('支援を継続する必要がある（図表Ⅱ-1-1-3、図表Ⅱ-1-1-4）12。', 'necessity', 'firm');
    expectClaim('国の施策もそれを後押しすることが期待される6', 'expectation', 'firm');
    expectClaim('…との指摘4がある。', 'attributed', 'firm');
  });

  it('reports the marker as written in the sentence', () => {
    assert.equal(classifySentence('相談窓口の充実を図る必要があります。')?.marker, '必要があります');
    assert.equal(classifySentence('早期の対応が必要と考えられる 5 。')?.marker, '必要と考えられる');
    assert.equal(classifySentence('調査会社によると、市場は拡大している。')?.marker, 'によると');
  });

  it('never throws on arbitrary input and runs in linear time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const got = classifySentence(s);
        assert.ok(got === null || CLAIM_KINDS.includes(got.kind));
      }),
      { numRuns: 500 },
    );
    for (const s of ['', '。', '？', '（', '）', '3', '「」。', '（図表1）。', ' \u3000 ', '\uFFFD\uD842。']) classifySentence(s);
    const long = 'あ'.repeat(500_000) + '（'.repeat(100_000) + '）'.repeat(50_000) + '必要がある' + '）'.repeat(1000) + '。';
    const t0 = Date.now();
    classifySentence(long);
    classifySentence('0'.repeat(300_000));
    assert.ok(Date.now() - t0 < 3000, 'too slow');
  });

  it('scores macro-F1 ≥ 0.95 on the labelled set', () => {
    const rows = readLabelled('claims-labelled.tsv');
    assert.ok(rows.length >= 220, `only ${rows.length} labelled sentences`);
    for (const k of [...CLAIM_KINDS, 'none' as const]) {
      assert.ok(rows.filter((r) => r.kind === k).length >= 20, `kind ${k} under-represented`);
    }
    const f1 = macroF1(rows);
    assert.ok(f1 >= 0.95, `macro-F1 ${f1.toFixed(3)} < 0.95`);
  });

  it('scores macro-F1 ≥ 0.9 on the held-out set (never tuned on)', () => {
    const rows = readLabelled('claims-heldout.tsv');
    assert.ok(rows.length >= 80);
    const f1 = macroF1(rows);
    assert.ok(f1 >= 0.9, `held-out macro-F1 ${f1.toFixed(3)} < 0.9`);
  });
});
