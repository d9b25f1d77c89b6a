// The claim classifier's second design: FORMAT.md §6's settled cases, the inner kind and holder
// of every claim, and functional expressions composed so that unlisted combinations read like the
// listed ones. Every sentence is written for these tests.
import { expectReading } from './claimReadings';

describe('claims, second design: settled cases (FORMAT.md §6)', () => {
  it('1: a reading of data is a firm assessment, or the kind it wraps', () => {
    expectReading('山間の町の利用率は県庁所在地より低いことが分かる。', ['assessment', 'firm']);
    expectReading('年代による差が小さくなっている様子が見て取れる。', ['assessment', 'firm']);
    expectReading('現場の理解を得ることが重要であることが分かる。', ['importance', 'firm']);
  });

  it("2: others' recognition is attributed, its inner kind from the content", () => {
    expectReading('地域の担い手の確保が重要であると認識されている。', ['attributed', 'firm', 'importance', 'unnamed']);
    expectReading('企業の間で、人材不足が深刻であるとの認識が広がっている。', ['attributed', 'firm', 'concern', 'unnamed']);
  });

  it("3: the paper's government's aim is expectation; another party's is attributed", () => {
    expectReading('政府は、2030年までに全世帯での光回線の利用を目指している。', ['expectation', 'firm', 'expectation', 'own']);
    expectReading('同社は、来年度中に海外の三都市で事業を始めることを目指している。', ['attributed', 'firm', 'expectation', 'named', '同社']);
    expectReading('経済産業省は、2030年までに地方の工場の半数で自動化を進めることを目指している。', ['expectation', 'firm', 'expectation', 'own']);
    expectReading('米国商務省は、国内の半導体の生産能力を倍にすることを目指している。', ['attributed', 'firm', 'expectation', 'named', '米国商務省']);
  });

  it("4: a plan stated as fact is no claim; a council's recommendation is attributed necessity", () => {
    expectReading('今後は、地域の通信事業者と連携して整備を推進することとしている。', ['none']);
    expectReading('同計画では、2030年までに全ての学校で高速回線を整備するとされている。', ['none']);
    expectReading('検討会は、通信障害の際の情報提供を事業者に義務付けるべきであると提言している。', ['attributed', 'firm', 'necessity', 'named', '検討会']);
  });

  it('5: 必要とされている / 重要とされている with no one named: attributed, unnamed, inner kind kept', () => {
    expectReading('離島の通信を守るには、複数の海底ケーブルが必要とされている。', ['attributed', 'firm', 'necessity', 'unnamed', null]);
    expectReading('中小企業の支援では、身近な相談窓口が重要とされている。', ['attributed', 'firm', 'importance', 'unnamed', null]);
  });

  it('6: a forecast is a hedged expectation; with its forecaster named, attributed', () => {
    expectReading('国内の市場は今後も緩やかに拡大すると見込まれる。', ['expectation', 'hedged', 'expectation', 'own']);
    expectReading('A社の調査によると、国内の市場は2030年に現在の2倍に拡大すると予想されている。', ['attributed', 'hedged', 'expectation', 'named', 'A社の調査']);
  });

  it('7: a marker in an earlier clause makes no claim', () => {
    expectReading('住民への周知が重要であり、市は説明会を毎月開いている。', ['none']);
  });

  it('8: a quotation closed by 語った is the speaker\'s', () => {
    expectReading('「地域の人が自分で使える仕組みにしたい」と同社の担当者は語った。', ['attributed', undefined, undefined, 'named', '同社の担当者']);
  });

  it('9: problems and shortfalls in other words are concerns', () => {
    expectReading('多くの自治体が専門人材の確保という難題に直面している。', ['concern', 'firm']);
    expectReading('地方では情報システムを担う職員が不足している。', ['concern', 'firm']);
    expectReading('災害時の情報共有は、平時の訓練が十分にできていない。', ['concern', 'firm']);
    expectReading('偽の広告によって利用者が被害を受けるおそれがある。', ['concern', 'hedged']);
    expectReading('古い端末では、新しい認証方式に対応しきれない可能性がある。', ['concern', 'hedged']);
    expectReading('新しい手続が、かえって小さな店の手間を増やす悪循環に陥っている可能性がある。', ['concern', 'hedged']);
    expectReading('こうした仕組みは、今後さらに多くの分野に広がる可能性がある。', ['assessment', 'hedged']);
  });

  it('10: weight and role are importance, whatever the aspect', () => {
    expectReading('データセンターの地方分散の重要性が高まっている。', ['importance', 'firm']);
    expectReading('衛星通信は、災害時の備えとして重要性を増してきている。', ['importance', 'firm']);
    expectReading('地域の通信網は暮らしを支える重要な基盤である。', ['importance', 'firm']);
  });

  it('12: a past need told as history, or a caveat on how the figures are read, is no claim', () => {
    expectReading('当時は、回線を引くために大がかりな工事が必要であった。', ['none']);
    expectReading('なお、この推計には海外の事業者の売上げが含まれていない点に留意が必要である。', ['none']);
    expectReading('利用者の声を聞き続けることが大切である点に留意が必要である。', ['necessity', 'firm']);
  });

  it('recommendations and weight in other words: 適当である, 重要なのは…である, 必要な取組となる', () => {
    expectReading('空いた周波数は、防災用の無線に回すことが適当であること。', ['necessity', 'firm']);
    expectReading('より重要なのは、利用者が自ら設定を選べることである。', ['importance', 'firm']);
    expectReading('こうした連携は、地域の通信を守る上で必要な取組となる。', ['necessity', 'firm']);
  });

  it("13: a marker in the passive progressive with no one named is the paper's own", () => {
    expectReading('遠隔医療の普及による通院負担の軽減が期待されている。', ['expectation', 'firm', 'expectation', 'own']);
    expectReading('事業者には、利用者への丁寧な説明が求められている。', ['necessity', 'firm', 'necessity', 'own']);
  });

  it('14: a prediction with only a hedge is assessment; a forecast of a problem stays expectation', () => {
    expectReading('今後は地方でも利用が進むと考えられる。', ['assessment', 'hedged']);
    expectReading('地方の郵便局の利用者は今後も減少することが見込まれている。', ['expectation', 'hedged']);
  });
});

describe('claims, second design: judgements in other words', () => {
  it('an evaluation with no listed marker is an assessment; a possibility is hedged, a possible harm a concern', () => {
    expectReading('料金の値下がりは、回線の共用によるところが大きい。', ['assessment', 'firm']);
    expectReading('遠隔での点検には、移動の時間を省けるという利点がある。', ['assessment', 'firm']);
    expectReading('この点からは、既に伸びが止まった市場だという見方も可能である。', ['assessment', 'hedged']);
    expectReading('小さな町でも、同じような変化が起こり得る。', ['assessment', 'hedged']);
    expectReading('古い設備のままでは、大きな障害が生じ得る。', ['concern', 'hedged']);
  });
});

describe('claims, second design: the final predicate read as a whole', () => {
  it('a particle inside a passive report: 指摘もされている reads as 指摘されている', () => {
    expectReading('高齢者ほど操作に戸惑う傾向があることが指摘もされている。', ['attributed', 'firm', undefined, 'unnamed']);
  });

  it('a wrapper adds nothing: …見込まれているのも特徴である is the forecast it wraps', () => {
    expectReading('利用者数が今後も伸びると見込まれているのも特徴である。', ['expectation', 'hedged']);
    expectReading('窓口の利用が減っているのも事実である。', ['none']);
  });

  it('べき with a noun: べき事項である is a necessity', () => {
    expectReading('回線の二重化は、事業者が優先して取り組むべき事項である。', ['necessity', 'firm']);
  });

  it('aspect: つつある reads as ている', () => {
    expectReading('通信インフラの重要性が高まりつつある。', ['importance', 'firm']);
  });

  it('a hedge around a report keeps the report: 必要であると考えられている', () => {
    expectReading('多くの企業で、従業員の学び直しが必要であると考えられている。', ['attributed', 'firm', 'necessity', 'unnamed']);
  });
});

describe('claims, second design: the holder', () => {
  it('a report verb in the active voice: its topic holds the claim', () => {
    expectReading('OECDは、各国がデータ流通の枠組みを整えることが不可欠であると指摘している。', ['attributed', 'firm', 'necessity', 'named', 'OECD']);
  });

  it("the subject left to an earlier sentence: a named party, not written in this one", () => {
    expectReading('また、地方の中小企業ほど投資が遅れていると指摘している。', ['attributed', undefined, 'concern', 'named', null]);
  });

  it('a passive report: its topic is what is reported on, not who reports', () => {
    expectReading('生成AIは、今後多くの業務を変えるとされている。', ['attributed', undefined, 'assessment', 'unnamed', null]);
  });

  it('a source phrase names the holder; the text keeps the party as written', () => {
    expectReading('総合研究所の報告書では、地方の通信投資が不足していると分析している。', ['attributed', undefined, 'concern', 'named', '総合研究所の報告書']);
    expectReading('なお、民間の調査会社によれば、利用者の6割が不安を感じている。', ['attributed', 'firm', 'assessment', 'named', '民間の調査会社']);
  });

  it('the party without its footnote anchor; a topic of subject matter or time is no party', () => {
    expectReading('山田（2020）3は、地方の中小企業ほど人材の確保が難しいと指摘している。', ['attributed', undefined, undefined, 'named', '山田（2020）']);
    expectReading('後者については、費用の負担が大きいと指摘している。', ['attributed', undefined, undefined, 'named', null]);
    expectReading('今後は、地域での実証を重ねていくとしている。', ['attributed', undefined, undefined, 'named', null]);
  });

  it('a final clause that starts inside a quotation: the speaker is the sentence\'s topic', () => {
    expectReading('田中（2019）は、「技術は広がるが、使い手が育たなければ効果は出ない」と述べている。', ['attributed', undefined, undefined, 'named', '田中（2019）']);
  });

  it('a source opening the sentence governs it past later clause breaks; a cited author with a footnote anchor', () => {
    expectReading('B氏によれば、地方では人材が足りないが、対策は少しずつ進んでいる。', ['attributed', 'firm', 'assessment', 'named', 'B氏']);
    expectReading('山本（2019）4では、地方の企業ほど導入率が低い。', ['attributed', 'firm', undefined, 'named', '山本（2019）']);
    expectReading('これによれば、若い世代ほど動画の視聴時間が長い。', ['attributed', 'firm', 'assessment', 'named', null]);
    expectReading('民間の「通信市場レポート」では、国内の通信量は今後も増えると予測されている。', ['attributed', 'hedged', 'expectation', 'named', '民間の「通信市場レポート」']);
  });

  it('what a study did is no claim of its own: …のかを分析した', () => {
    expectReading('田中（2018）3は、利用の有無で意識が変わるのかを調査データで分析した。', ['none']);
  });

  it('views reported in other words: …という考え方である, 意見があがった, 結論に至った, と呼ぶ論者もいる', () => {
    expectReading('もう一つは、通信の費用が下がれば地方にも企業が集まる、という考え方である。', ['attributed', 'firm', undefined, 'unnamed']);
    expectReading('会合では、地域ごとに相談窓口を置くことが必要という意見があがった。', ['attributed', 'firm', 'necessity', 'unnamed']);
    expectReading('研究会は、業界団体の自主的な基準に任せるのが望ましいという結論に至った。', ['attributed', 'firm', 'necessity']);
    expectReading('こうした現象を「静かな分断」と呼ぶ論者もいる。', ['attributed', 'firm', undefined, 'unnamed']);
    expectReading('仕組みの説明は、ある作業を終えると次の作業が自動で始まるというものである。', ['none']);
  });

  it('an existential report names no one: との指摘がある; what is reported keeps its kind', () => {
    expectReading('地方では専門人材が足りないとの指摘がある。', ['attributed', 'firm', 'concern', 'unnamed', null]);
    expectReading('一方、新しい技術については特に懸念が多く語られている。', ['attributed', 'firm', 'concern', 'unnamed', null]);
    expectReading('審議会の答申では、新旧の方式に一つの基準を当てるのが適当との方向性が示された。', ['attributed', 'firm', 'necessity', 'named', '審議会の答申']);
  });

  it('a passive or existential report names the party it came from: 有識者からは、…との意見が寄せられた', () => {
    expectReading('有識者からは、平時の訓練で通信手段を使い慣れておくことが重要であるとの意見が寄せられた。', ['attributed', 'firm', 'importance', 'named', '有識者']);
    expectReading('地域の事業者からも、回線の冗長化が必要であるとの指摘がある。', ['attributed', 'firm', 'necessity', 'named', '地域の事業者']);
    expectReading('令和2年3月に審議会から、基準の見直しを急ぐべき旨の答申がなされた。', ['attributed', 'firm', 'necessity', 'named', '審議会']);
  });

  it('から that names no one: a reason, a vantage, a starting point, or adnominal', () => {
    expectReading('こうしたことから、通信手段は複線化しておくべきだと指摘されている。', ['attributed', 'firm', 'necessity', 'unnamed', null]);
    expectReading('利用者の立場から、手続の簡素化が求められているとの指摘がある。', ['attributed', 'firm', undefined, 'unnamed', null]);
    expectReading('住民からの通報を活用する仕組みを整えるべきだと指摘されている。', ['attributed', 'firm', 'necessity', 'unnamed', null]);
    expectReading('この概念は、大学教授から企業に転じた研究者が初めて示したものとされる。', ['attributed', 'firm', undefined, 'unnamed', null]);
  });
});

describe('claims, second design: readings that hold on an edition not developed on', () => {
  it('the nominaliser spelt in kanji reads as こと: …事が分かる is a reading of data', () => {
    expectReading('回答を年代別に並べると、若い層ほど利用が伸びている事が分かる。', ['assessment', 'firm']);
    expectReading('回答を年代別に並べると、若い層ほど利用が伸びていることが分かる。', ['assessment', 'firm']);
  });

  it('a tendency stated as a fact stays a description: …傾向がある, …傾向がみられる', () => {
    expectReading('夜間の利用は週末に多くなる傾向がある。', ['none']);
    expectReading('規模の大きい企業ほど導入率が高い傾向がみられる。', ['none']);
  });

  it('troubles and shortfalls in other words are concerns', () => {
    expectReading('講師を確保できないことが多くの団体の悩みの種だ。', ['concern', 'firm']);
    expectReading('避難所での通信環境の整備は十分に進んでいない。', ['concern', 'firm']);
    expectReading('山間部では光回線の普及がいまだ進んでいない。', ['concern', 'firm']);
    expectReading('一社だけでは対応に限界があると考えられる。', ['concern', 'hedged']);
    expectReading('窓口での相談件数は年々増えている。', ['none']);
  });

  it('a capacity the text sees is a hedged assessment; an evaluative adjective a firm one', () => {
    expectReading('こうした共有の仕組みは地域の医療を大きく変えるポテンシャルを有する。', ['assessment', 'hedged']);
    expectReading('遠隔授業は教室の姿そのものを変える可能性を秘めている。', ['assessment', 'hedged']);
    expectReading('この点で、町の取組は他の自治体にとっても示唆的である。', ['assessment', 'firm']);
  });

  it('reports in the present, as interviews write them: …と語る, …を力説している, …意欲を見せている', () => {
    expectReading('組合の佐藤理事長は「まず地元の若い人に使ってもらうことが大切だ」と語る。', ['attributed', 'firm', 'importance', 'named']);
    expectReading('同社の山本社長は、地域に根ざした運営の意義を力説している。', ['attributed', 'firm', 'importance', 'named']);
    expectReading('同州の知事は、農村部の回線整備に意欲を見せている。', ['attributed', 'firm', 'expectation', 'named']);
  });

  it('a report states what matters or is needed: …の重要性が示されている', () => {
    expectReading('共同声明が公表され、その中で人材交流の重要性が示されている。', ['attributed', 'firm', 'importance']);
    expectReading('討論では「利用者の側から考える」ことの必要性が強調された。', ['attributed', 'firm', 'necessity']);
  });

  it('a recommendation by another body is attributed necessity; the paper\'s own government recommending is its action', () => {
    expectReading('同国の規制当局は、地方局の統合を政府に勧告した。', ['attributed', 'firm', 'necessity', 'named']);
    expectReading('総務省は、各事業者に対して表示の改善を勧告した。', ['none']);
  });

  it('a sentence that is one quotation is the speaker\'s: its last sentence gives the inner kind', () => {
    expectReading('「最初は戸惑う方も多いです。でも、慣れると皆さん楽しそうです。地域の皆さんに教え合う場がもっと広がってほしいです。」', ['attributed', 'firm', 'expectation', 'named', null]);
    expectReading('「講座の準備は大変です。参加者の質問に答えるためには、講師同士の情報共有が欠かせません。」', ['attributed', 'firm', 'necessity', 'named', null]);
    expectReading('「教室は毎週土曜日に開いています。参加費は無料です。」', ['none']);
    expectReading('「地域で教え合う」取組が各地で始まっている。', ['none']);
  });

  it('what the text marks as noteworthy is importance: …ことも注目される', () => {
    expectReading('また、若い世代ほど紙の新聞を読まなくなっていることも注目される。', ['importance', 'firm']);
  });

  it('a state of affairs brought into view is read for the kind it shows: …実態が浮き彫りになっている', () => {
    expectReading('新しく入る会員は年々減り、世話役の減少に歯止めがかかっていない実態が浮き彫りになっている。', ['concern', 'firm']);
  });

  it('something forecast to happen is an expectation; scenes envisaged are none', () => {
    expectReading('今後は地方でも利用がさらに広がると想定されている。', ['expectation', 'hedged']);
    expectReading('例えば、窓口での案内や現場からの報告など様々な場面での利用が想定されている。', ['none']);
  });

  it('hearsay after a verb is reported, and a source opening the sentence names its holder', () => {
    expectReading('同社によれば、導入した店舗では、待ち時間が半分ほどに縮まった例もあるという。', ['attributed', 'firm', 'assessment', 'named', '同社']);
    expectReading('ただし、地方では使い方を相談できる相手がいない人も少なくないという。', ['attributed', 'firm', undefined, 'named', null]);
  });

  it('difficulties and what has not come about are concerns: 容易ではない, 実用化には至っていない', () => {
    expectReading('離れた地域どうしの利用の差を一度に縮めることは容易ではない。', ['concern', 'firm']);
    expectReading('この方式は試験が始まったばかりで、実用化には至っていない。', ['concern', 'firm']);
  });

  it('a need that has arisen is necessity: …必要性が生じている', () => {
    expectReading('こうした変化を受けて、窓口の体制を見直す必要性が生じている。', ['necessity', 'firm']);
  });

  it('reports told in other ways: the reporter between quotation and verb, …と述べられている, …示されたところである', () => {
    expectReading('試行は順調で、導入は成功であったと現場の担当者は評価している。', ['attributed', 'firm', 'assessment', 'named', '現場の担当者']);
    expectReading('報告書の結びでは「地域の主体的な参加が欠かせない」と述べられている。', ['attributed', 'firm', 'necessity']);
    expectReading('工事を三年に分けて行うのが適当、との方針が示されたところである。', ['attributed', 'firm', 'necessity', 'unnamed']);
    expectReading('補助の対象は中小事業者に限るものとされているところである。', ['none']);
  });

  it("another party's demand is attributed necessity; the paper's own government asking is its action", () => {
    expectReading('同指令は、事業者に対して利用条件を分かりやすく示すことを求めている。', ['attributed', 'firm', 'necessity', 'named']);
    expectReading('総務省は、事業者に対して利用条件を分かりやすく示すことを求めている。', ['none']);
  });

  it('gaps, unease and burdens named as such are concerns, with an adverb between', () => {
    expectReading('年収による利用率の格差は依然として大きい。', ['concern', 'firm']);
    expectReading('一方で、地域による格差が見られる。', ['concern', 'firm']);
    expectReading('個人の情報が使われることへの不安も近年高まっている。', ['concern', 'firm']);
    expectReading('偽の広告が広く問題視されている。', ['concern', 'firm']);
    expectReading('通院の付き添いは、家族にとって大きな負担である。', ['concern', 'firm']);
    expectReading('専門の技術者は極めて不足している。', ['concern', 'firm']);
    expectReading('年代による利用率の差は5ポイントであった。', ['none']);
  });

  it("an aim pursued by a subject left to an earlier sentence is that party's; a measure's aim and the paper's own stay its own", () => {
    expectReading('今後は、近隣の町との連携による商圏の拡大を目指している。', ['attributed', 'firm', 'expectation', 'named', null]);
    expectReading('これにより、行政手続の一層の簡素化を目指している。', ['expectation', 'firm']);
    expectReading('我が国は、誰もが使える通信基盤の実現を目指している。', ['expectation', 'firm']);
    expectReading('誰もが使える通信基盤の実現を目指す。', ['expectation', 'firm']);
  });

  it('grammatical variants of readings already known: the cleft, と for に, the past, the okurigana left out', () => {
    expectReading('地方の人手不足を補う手段として期待されているのが遠隔での見守りである。', ['expectation', 'firm']);
    expectReading('窓口に寄せられた声からは、年配の利用者ほど操作に迷っている実態が浮き彫りとなった。', ['assessment', 'firm']);
    expectReading('比べてみると、導入の早い企業ほど効果を実感している傾向が窺われた。', ['assessment', 'firm']);
    expectReading('町内の団体は、見守りを担う主体として重要な役割を果している。', ['importance', 'firm']);
    expectReading('点検の結果、各店に手直しの課題が残ることが明らかになった。', ['concern', 'firm']);
    expectReading('点検の結果、各社の取組の違いが明らかになった。', ['assessment', 'firm']);
  });

  it('an intent carried on, a plan held up, growth that has not come and harms found', () => {
    expectReading('今後も、各国との対話を一層深めていきたい。', ['expectation', 'firm']);
    expectReading('以下では、各地の取組を順に見ていきたい。', ['none']);
    expectReading('同機構は、2030年までに拠点の数を倍にする計画を掲げている。', ['attributed', 'firm', 'expectation', 'named', '同機構']);
    expectReading('他国と比べると、地域の担い手が育っていない。', ['concern', 'firm']);
    expectReading('利用者を狙った架空の請求などのトラブルも確認されている。', ['concern', 'firm']);
    expectReading('その後も協議が続けられたが、妥結には至っていない。', ['none']);
    expectReading('不安は根強く、その払拭には至っていない。', ['concern', 'firm']);
  });

  it('clefts, harms done, what is not in place, requests put forward, a hope quoted with と', () => {
    expectReading('もう一つ懸念されるのは、利用者の側に残る不安である。', ['concern', 'firm']);
    expectReading('第二に、山田さんが強調するのが地域の人材の参画だ。', ['attributed', 'firm', undefined, 'named', '山田さん']);
    expectReading('多くの公民館では、講座に使う端末がまだ整っていない。', ['concern', 'firm']);
    expectReading('若い世代の流出は商店街に負の影響を与えている。', ['concern', 'firm']);
    expectReading('夜勤が続けば、育てた職員の離職を招いてしまう。', ['concern', 'firm']);
    expectReading('避難所の利用者からは充電器を増やす要望が出されていた。', ['attributed', 'firm', 'necessity']);
    expectReading('この技術は通院の負担を減らすと期待されている。', ['attributed', 'firm', 'expectation', 'unnamed']);
    expectReading('この技術で通院の負担が減ることが期待されている。', ['expectation', 'firm']);
    expectReading('人材への投資が今後も増えていくのか注目される。', ['importance', 'firm']);
  });

  it('what is noteworthy named after a cleft, weight that has grown, hearsay from a definite informant, a policy shown', () => {
    expectReading('特に注目されるのが地方の放送局である。', ['importance', 'firm']);
    expectReading('近年は、地域との関わりが重視されるようになってきた。', ['importance', 'firm']);
    expectReading('今では注文も増え、来年は店舗を広げる予定だという。', ['attributed', 'firm', undefined, 'named', null]);
    expectReading('同国の当局は、公共サービスにも新しい方式を使う方針を示している。', ['attributed', 'firm', 'expectation', 'named']);
  });

  it('what is noteworthy, what is indispensable, effective means, grave harms, problems that emerge, unease another party feels', () => {
    expectReading('第三に注目すべきは、同社が仕様を公開していることである。', ['importance', 'firm']);
    expectReading('注目すべき施策として、窓口の一本化が挙げられる。', ['importance', 'firm']);
    expectReading('このように、普及において重要と考えられるのは、使い方を教え合う場があることである。', ['importance', 'hedged']);
    expectReading('路線バスは、山間の集落に欠かせない足となっている。', ['necessity', 'firm']);
    expectReading('この認証は、店の取組を確かめるための有効な仕組である。', ['assessment', 'firm']);
    expectReading('顧客名簿の流出による被害は甚大なものとなっている。', ['concern', 'firm']);
    expectReading('利用者が増えれば、別の課題も出てくるだろう。', ['concern', 'hedged']);
    expectReading('地域で活動する田中さんは、親の知識が追いつかない現状を危惧している。', ['attributed', 'firm', 'concern', 'named']);
  });

  it('merits and evaluative nouns, what stands out as a problem, a target year, the paper\'s own survey is no source', () => {
    expectReading('町の事業は、空き家と働き手を結びつける画期的な事業である。', ['assessment', 'firm']);
    expectReading('大会は、地域の技術を世界に示す絶好の機会でもある。', ['assessment', 'firm']);
    expectReading('もう一つのメリットが、通勤の時間がなくなったことだ。', ['assessment', 'firm']);
    expectReading('地方の中小企業では、新しい技術への投資に消極的な姿勢が目立つ。', ['concern', 'firm']);
    expectReading('総務省は、2030年を新方式の実用化のターゲットイヤーとしている。', ['expectation', 'firm']);
    expectReading('本アンケート調査では、6か国の消費者を対象に利用の意向を尋ねた。', ['none']);
    expectReading('三つの指標の間には一定の相関がみられる。', ['none']);
    expectReading('隣国の仕組みは、国内の手数料の見直しでも参考とされた。', ['none']);
    expectReading('2016年度の調査では、1,104自治体から回答を得た。', ['none']);
  });

  it('words quoted whole: the last sentence that makes a claim gives the inner kind', () => {
    expectReading('「地域には様々な人がいます。ですから、それぞれに寄り添った伝え方が必要です。一緒に考えていきましょう。」', ['attributed', 'firm', 'necessity', 'named', null]);
  });

  it('the inner kind of a report from the noun a few words before its verb, and the speaker named after a quotation', () => {
    expectReading('会合の宣言では、通信網の強靱化の重要性を確認している。', ['attributed', 'firm', 'importance', 'named']);
    expectReading('前年の報告書では、窓口の一本化の必要性が指摘されていた。', ['attributed', 'firm', 'necessity']);
    expectReading('同国の計画は、2030年までに全世帯への普及を図るとしている。', ['attributed', 'firm', 'expectation']);
    expectReading('「まずは家族で使い方の約束を決めることが大切です」と講師の田中さんは言う。', ['attributed', 'firm', undefined, 'named', '講師の田中さん']);
  });

  it('data borne out, read off a figure or read plainly; a threat, a problem that has become one, harms that recur or grow', () => {
    expectReading('地域の窓口を増やした町では相談件数が伸びたことが確かめられた。', ['assessment', 'firm']);
    expectReading('遠隔授業が学習時間を延ばすことは、町の独自調査でも裏付けられている。', ['assessment', 'firm']);
    expectReading('その差が縮まっていることは、二つの年の比較を行った図表2-1-3-4から分かる。', ['assessment', 'firm']);
    expectReading('講座の様子を見ると、参加者が互いに助け合うことがよく分かる。', ['assessment', 'firm']);
    expectReading('比較した結果、町の窓口の電子化の遅れが大きいことが実証された。', ['concern', 'firm']);
    expectReading('偽の請求書を送りつける手口は、中小企業にとって大きな脅威となっている。', ['concern', 'firm']);
    expectReading('保存期間を過ぎた記録の扱いが、各地の役場で大きな課題となってきた。', ['concern', 'firm']);
    expectReading('便利な機能である一方、思わぬ請求のトラブルを招くこともある。', ['concern', 'firm']);
    expectReading('高齢の利用者が不審な電話の詐欺に遭うケースも増えている。', ['concern', 'firm']);
    expectReading('発災直後は、避難所の様子を役場に伝えるのが難しい状況であった。', ['concern', 'firm']);
    expectReading('②人材への投資が不十分', ['concern', 'firm']);
    // harmless growth and ordinary outcomes stay descriptions
    expectReading('地元の店が共同で配送を始めるケースも増えている。', ['none']);
    expectReading('窓口の電子化は、待ち時間の短縮につながった。', ['none']);
  });

  it('a weight, a conviction or a commitment held by another party is reported; a view widely held, or said without quotation, is unnamed', () => {
    expectReading('組合では、若手が自ら企画を立てることを重視している。', ['attributed', 'firm', 'importance', 'named']);
    expectReading('一方で、多くの商店は「顔の見える接客」に重きを置いている。', ['attributed', 'firm', 'importance', 'named']);
    expectReading('参加した住民も、見守りの仕組みが安心を生んでいることを実感している。', ['attributed', 'firm', 'assessment', 'named']);
    expectReading('加盟国は、一人も取り残さない社会を築くことを誓っている。', ['attributed', 'firm', 'expectation', 'named']);
    expectReading('地方では、医師や看護師の不足が言われている。', ['attributed', 'firm', undefined, 'unnamed']);
    expectReading('通信が社会の基盤であるとの見解は、今では広く支持されている。', ['attributed', 'firm', 'assessment', 'unnamed']);
    expectReading('事業者からは、2030年までに旧設備を順次入れ替えるとの考えが示されている。', ['attributed', 'firm']);
  });

  it('a problem read as a composition: a word of problem, any particle, an adverb, a predicate of existence, growth or weight', () => {
    expectReading('通販サイトでの偽の請求のリスクは年々高まっている。', ['concern', 'firm']);
    expectReading('地方の商店でも、働き手の不足感が一段と強くなっている。', ['concern', 'firm']);
    expectReading('手軽な投稿は、利用者が思わぬ炎上に遭うリスクを高めている。', ['concern', 'firm']);
    expectReading('預けた記録の行き先が分からないことが、利用者の懸念事項となる。', ['concern', 'firm']);
    expectReading('隣国と比べると、窓口の電子化の速度がやや遅い。', ['concern', 'firm']);
    expectReading('山間の集落では、通信の設備が相対的に整備されてこなかった。', ['concern', 'firm']);
    expectReading('価格の自由な競争が制限され、利用者の利益が損なわれる側面もある。', ['concern', 'firm']);
    // survey shares stay data (§6 case 16)
    expectReading('「料金が高い」が41.2％と最も多く、料金への不安が高い。', ['none']);
  });

  it('reports as noun phrases and in other verbs, a consensus, progress seen, clefts around a hedge or a weight', () => {
    expectReading('会合では、通信網の相互接続の原則について言及がなされた。', ['attributed', 'firm', undefined, 'unnamed']);
    expectReading('審議会からは、共用の手続を簡素にするのが適当であるとの答申がなされた。', ['attributed', 'firm', 'necessity']);
    expectReading('審議会からは、周波数の割当てについて答申がなされた。', ['none']);
    expectReading('委員会は、今回の合意が双方の対話の成果である旨記載している。', ['attributed', 'firm']);
    expectReading('同機構は、自動運転を交通の新しい基盤と解釈している。', ['attributed', 'firm']);
    expectReading('教育への投資が成長の源泉であることは、研究者の間で通説となっている。', ['attributed', 'firm']);
    expectReading('料金の引下げには一定の進展が見られる。', ['assessment', 'firm']);
    expectReading('これらの講座の効果は小さくはない。', ['assessment', 'firm']);
    expectReading('遠隔診療の効果が最も大きいと考えられるのが、離島の診療所である。', ['assessment', 'hedged']);
    expectReading('中でも特に重要な要素の一つが、地域の人材の育成である。', ['importance', 'firm']);
    expectReading('新しい産業の原動力となるのが、地域に眠るデータである。', ['importance', 'firm']);
    expectReading('町の意識調査（図表3-2-1-4）によれば、回答した世帯の半数が配送の仕組みを利用している。', ['attributed', 'firm', 'assessment', 'named']);
  });

  it('the inner kind of a report whose content has no ending of a kind comes from the words of its final clause', () => {
    expectReading('会合では、通信網の強靱化の重要性について言及がなされた。', ['attributed', 'firm', 'importance']);
    expectReading('病院のクラウド化については、停電への備えなど移行の障壁が指摘されている。', ['attributed', 'firm', 'concern']);
    expectReading('同国は、単なる利用者の多さではなく技術力を伴う国への脱皮を目指そうとしている。', ['attributed', 'firm', 'expectation']);
    expectReading('同戦略は、2030年までに取り組むべき八つの柱について提案している。', ['attributed', 'firm', 'necessity']);
  });

  it('the older editions\' half-width corner brackets quote as the full-width ones do', () => {
    expectReading('町で配送業を営む山田社長は、｢回線さえあれば、どこでも仕事になる｣という。', ['attributed', 'firm', undefined, 'named']);
    expectReading('｢配送の予約｣と回答した割合も31.5％を占めている。', ['none']);
  });

  it('requests handed in, a report whose content is given, voices that grow, a rebuttal, others\' perception', () => {
    expectReading('組合からは、共同の配送拠点の新設を求める要望書も提出されている。', ['attributed', 'firm', 'necessity']);
    expectReading('同協会は、健康への影響を示す証拠は見つからなかった旨を内容とする中間報告を公表した。', ['attributed', 'firm']);
    expectReading('こうした事件を受け、窓口の備えを厚くする必要性を訴える声が高まった。', ['attributed', 'firm', 'necessity', 'unnamed']);
    expectReading('これに対しては、手作業の多い職場では置き換えは進まないとの反論がなされた。', ['attributed', 'firm']);
    expectReading('町の祭りは、外から見ると派手すぎると受け取られがちである。', ['attributed', 'firm']);
    expectReading('今後の研究の方向が審議会の答申としてまとめられた。', ['attributed', 'firm']);
    // a discussion under way, a statute's duty, a method's definition: none
    expectReading('画像を公開する地図サービスの扱いについて議論が行われている。', ['none']);
    expectReading('施行から3年を目途として見直しを行い、旧制度を廃止するものとされていた。', ['none']);
    expectReading('代替費用アプローチは、同じ作業を人に頼んだ場合の費用で価値を測るという考え方である。', ['none']);
  });

  it('difficulties that tend to arise or have set in, capabilities lost, excess, shortfalls in the past; signs, effects, what decides', () => {
    expectReading('前例のない取組は、既存の組織では困難となりがちである。', ['concern', 'firm']);
    expectReading('国内の部品メーカーは、軒並み厳しい経営状況となっている。', ['concern', 'firm']);
    expectReading('利用者の使い方が変わり、従来の前提で設備を組むのは難しい。ゆえに旧来の手順は使えなくなってきている。', ['concern', 'firm']);
    expectReading('悩みといえば、家賃が高すぎることぐらい。', ['concern', 'firm']);
    expectReading('窓口の業務の点検は、これまで十分になされていなかった。', ['concern', 'firm']);
    expectReading('偽の情報で信用が失われた場合、その損害は甚大なものとなる。', ['concern', 'firm']);
    expectReading('副業の広がりは、勤め先と個人の関係が変わりつつあることの表れである。', ['assessment', 'firm']);
    expectReading('地方の観光に対する配信の影響は非常に大きい。', ['assessment', 'firm']);
    expectReading('伸び率が10％を超える市場は、成長市場と認識できる。', ['assessment', 'hedged']);
    expectReading('物流の効率が、地域の産業全体の競争力を大きく左右している。', ['importance', 'firm']);
    expectReading('町の調査によると、高齢の世帯ほど見守りの利用が多いことが分かる。', ['assessment', 'firm', 'assessment', 'own']);
  });
});
