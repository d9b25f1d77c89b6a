// The claim classifier on the house style of older editions (平成12–21年版): figure references
// numbered `1)`, kanji spellings, problems and evaluations in other words, reported statements,
// plans stated as fact. Every sentence is written for these tests, in the style of those editions.
import { expectReading } from './claimReadings';

describe('claims, older editions: the ending as those editions write it', () => {
  it('a figure reference whose figures are numbered 1), 2) is stripped like any other', () => {
    expectReading('衛星通信を活用した遠隔医療の普及も期待される(図表1))。', ['expectation', 'firm']);
    expectReading('地域の情報格差の解消が急務である(図表1)、2))。', ['necessity', 'firm']);
    expectReading('利用時間の長い層ほど満足度が高いと推測できる(図表3))。', ['assessment', 'hedged']);
  });

  it('the kanji spelling 出来る reads as できる', () => {
    expectReading('回線の高速化が利用の拡大を支えていると評価することが出来る。', ['assessment', 'hedged']);
  });

  it('うかがえる reads the data (firm); a possibility read stays hedged', () => {
    expectReading('中小企業でも導入が進んでいる様子がうかがわれる。', ['assessment', 'firm']);
    expectReading('割引の導入が利用を後押しした可能性がうかがえる。', ['assessment', 'hedged']);
  });

  it("a survey cited as evidence for the author's own inference: the claim is the paper's", () => {
    expectReading('A社の調査によれば、在宅勤務を希望する人の割合が最も高く、働き方の多様化が進んでいると考えられる。', ['assessment', 'hedged', 'assessment', 'own']);
    // the finding itself, with no inference of the author's: the survey's
    expectReading('A社の調査によれば、在宅勤務を希望する人の割合は4割を超えている。', ['attributed', 'firm', 'assessment', 'named', 'A社の調査']);
  });

  it('a footnote anchor inside reported content does not hide its kind', () => {
    expectReading('地方の中小企業では情報化を担う人材に課題がある3ことが指摘されている。', ['attributed', 'firm', 'concern', 'unnamed']);
  });

  it('what matters named at the end of a long sentence: 重要なことは、…ことである', () => {
    expectReading('重要なことは、利用者の立場に立って、誰もが安心して使える環境を地域の実情に合わせて整え、その成果を広く共有していくことである。', ['importance', 'firm']);
    expectReading('今後の普及の鍵となろう。', ['importance', 'hedged']);
  });

  it('欠かすことができない with a noun is a necessity', () => {
    expectReading('人材の育成も、地域の活性化のためには欠かすことができない取組である。', ['necessity', 'firm']);
  });
});

describe('claims, older editions: problems and evaluations in other words', () => {
  it('disparities that exist or widen, problems found here and there or brought to light: concern', () => {
    expectReading('インターネットの利用には、年齢や地域による格差が存在している。', ['concern', 'firm']);
    expectReading('高齢者の層では格差が拡大した。', ['concern', 'firm']);
    expectReading('校内の機器の活用には課題が散見されるところである。', ['concern', 'firm']);
    expectReading('その結果、「利活用」の面では課題が浮き彫りとなった。', ['concern', 'firm']);
    expectReading('普及を阻害する課題の一つとして、導入費用の負担がある。', ['concern', 'firm']);
  });

  it('harms that grow are concerns; a growth of anything else is a description', () => {
    expectReading('また、いわゆる架空請求トラブル（有料サイトの利用料をかたるもの）も増加している。', ['concern', 'firm']);
    expectReading('携帯電話の契約数も増加している。', ['none']);
  });

  it('a relation in the data, a value, an advantage, an effect brought: assessment', () => {
    expectReading('両者には正の相関が存在する。', ['assessment', 'firm']);
    expectReading('遠隔教育の有用性が高まっている。', ['assessment', 'firm']);
    expectReading('我が国は光ファイバ網の整備で優位性がある。', ['assessment', 'firm']);
    expectReading('実証実験を通じて、地域の産業に幅広い波及効果をもたらしている。', ['assessment', 'firm']);
  });
});

describe('claims, older editions: reported statements and plans', () => {
  it('hearsay after the copula is the speaker\'s when a person opens the sentence', () => {
    expectReading('支店に勤務する山田花子さんは、通勤の負担が減ったことが何よりの利点だという。', ['attributed', 'firm', 'assessment', 'named', '山田花子さん']);
    expectReading('今後も地元で仕事を続けていきたいとのことである。', ['attributed', 'firm', 'expectation']);
  });

  it('a questionnaire as the source of a finding', () => {
    expectReading('B大学が実施したアンケートでは、約6割の学生が遠隔授業に満足していると回答している。', ['attributed', 'firm', 'assessment', 'named', 'B大学が実施したアンケート']);
  });

  it('problems listed as such (§6 case 2) — not a plan\'s list, not a survey share', () => {
    expectReading('教育分野では、普及の課題として、機器の更新費用が大きいことや、指導できる教員が少ないことなどが挙げられている。', ['attributed', 'firm', 'concern', 'unnamed']);
    expectReading('同計画では、重点施策として、地域の情報化の推進が挙げられている。', ['none']);
    expectReading('導入しない理由として、「費用が高い」が32.5％と最も多く挙げられている。', ['none']);
  });

  it("a council's recommendation made is attributed, its inner kind from what it recommends (§6 case 4)", () => {
    expectReading('同研究会は、事業者間の連携を進めることが重要である等の提言を、本年3月に取りまとめた。', ['attributed', 'firm', 'importance', 'named', '同研究会']);
    expectReading('同懇談会は、地域の通信基盤を成長戦略の柱に位置付けるべきとして、2009年5月に、大臣に対し提言を行った。', ['attributed', 'firm', 'necessity', 'named', '同懇談会']);
  });

  it('an estimate of what is, reported, is an attributed assessment; a forecast stays an expectation', () => {
    expectReading('不正送金による被害額は約30億円に達していると推計されている。', ['attributed', 'firm', 'assessment', 'unnamed']);
    expectReading('市場規模は2015年には2兆円に拡大すると推計されている。', ['expectation', 'hedged']);
  });

  it('what is listed under a frame takes the frame\'s kind', () => {
    expectReading('同報告書においては、早急に実施すべき施策として以下の3点を挙げている。', ['attributed', 'firm', 'necessity', 'named', '同報告書']);
  });

  it("a plan's actions and targets stated as fact are no claim (§6 case 4)", () => {
    expectReading('「デジタル英国2010」では、2010年までに全世帯に高速回線を整備するため、事業者の入札を実施するとしている。', ['none']);
    expectReading('「地域情報化推進プラン」（平成18年3月決定）において、「2010年までに全市町村で公共施設を結ぶ」ことを目標として掲げている。', ['none']);
    expectReading('同戦略において、光回線への移行は国の目標とされている。', ['none']);
    // a company's stated intention stays attributed (§6 case 3)
    expectReading('同社は、来年度から新たなサービスを開始するとしている。', ['attributed', 'firm', undefined, 'named', '同社']);
  });

  it('a recommendation the government\'s council made is the council\'s', () => {
    expectReading('総務省においては、「地域通信の将来像に関する研究会」を開催し、事業者が連携して対応を進めることが重要である等の提言を、本年6月に取りまとめた。',
      ['attributed', 'firm', 'importance', 'named', '「地域通信の将来像に関する研究会」']);
  });

  it('a report describing, a party computing: attributed; the paper itself or its government doing so is no claim', () => {
    expectReading('同報告書は、地方の中小企業の生産性が相対的に低下したことについて記述している。', ['attributed', 'firm', 'concern', 'named', '同報告書']);
    expectReading('同社は、一連のシステム導入による経費削減効果を算出している。', ['attributed', 'firm', 'assessment', 'named', '同社']);
    expectReading('総務省は、地域ごとの整備費用を試算している。', ['none']);
    expectReading('本章では、地域の情報化の現状について説明している。', ['none']);
  });

  it('a stance held in another country is reported (§6 case 13: a named holder)', () => {
    expectReading('米国においては、光回線が新たな産業を生む基盤として期待されている。', ['attributed', 'firm', 'expectation', 'named', '米国']);
    expectReading('光回線が新たな産業を生む基盤として期待されている。', ['expectation', 'firm', 'expectation', 'own']);
  });
});

describe('claims, older editions: data is not a claim', () => {
  it("a survey's method is no finding: …の合計を満足度とした", () => {
    expectReading('アンケートでは、各項目について五段階で尋ね、「満足」「やや満足」の回答率の合計を満足度とした。', ['none']);
  });

  it('a possibility that grows is a judgement (hedged by its 可能性)', () => {
    expectReading('通信と放送が融合した新たなサービスの可能性が増してきている。', ['assessment', 'hedged']);
  });

  it('a ranking stated as data is no concern; a low level stated as a state is', () => {
    expectReading('各国の成長率を比較すると、日本は先進国の中では最も低い水準となっている。', ['none']);
    expectReading('我が国の中小企業の情報化は低い水準にとどまっている。', ['concern', 'firm']);
  });
});
