// The final predicate read as a whole: an evaluative content predicate with the functional chain
// after it (a state or wrapper, a reading of data, a quoting hedge), and reports whose verb of
// receiving, likening or aiming names another party. Every sentence is written for these tests.
import { expectReading } from './claimReadings';

describe('claims: the final predicate and its functional chain', () => {
  it('a difficulty wrapped in a state (…状況にある, …のが現状である) is a concern', () => {
    expectReading('中小事業者が新たな技術を導入すること自体が難しい状況にある。', ['concern', 'firm', 'concern', 'own']);
    expectReading('地域の事業者にとって人材の確保は厳しいのが現状である。', ['concern', 'firm']);
    expectReading('専門人材の採用は依然として難しい。', ['concern', 'firm']);
  });

  it('the wrapper alone makes no claim, and a hard judgement is no difficulty of the world', () => {
    expectReading('地方における端末の出荷台数は増加している状況にある。', ['none']);
    expectReading('この結果だけから効果を判断することは難しい。', ['assessment', 'hedged']);
  });

  it('what the data bring into view (…ことが見えてきた) is a reading, and keeps the kind inside it', () => {
    expectReading('分析の結果、利用者の理解を広げることが今後の重要な課題であることが見えてきた。', ['concern', 'firm']);
    expectReading('回答を比べると、若年層ほど動画配信を多く利用している点が浮かび上がった。', ['assessment', 'firm']);
  });

  it('…と想定される is the author’s inference; a forecast marker still makes an expectation', () => {
    expectReading('この伸びは、新興国で回線の整備が進んだことによるものと想定される。', ['assessment', 'hedged']);
    expectReading('来年度には契約数が一億を超えると予想される。', ['expectation', 'hedged']);
  });
});

describe('claims: reports named by their verb', () => {
  it('a report made (…必要との報告がなされた) is the reporter’s recommendation', () => {
    expectReading('同研究会の最終報告では、権利処理の窓口を一元化することが必要との報告がなされた。', ['attributed', undefined, 'necessity', 'named']);
  });

  it('opinions received from others are theirs', () => {
    expectReading('地域での起業をもっと後押ししてほしいという意見・要望も、学生や社会人から多くいただいた。', ['attributed', undefined, undefined, 'named']);
  });

  it('a likeness others give (…と喩えられている) is reported', () => {
    expectReading('この仕組みは、地域の「公民館のようなもの」と喩えられている。', ['attributed']);
  });

  it('another party’s target (…を目標と掲げている) is theirs (§6 case 3)', () => {
    expectReading('A国政府は、2020年までに光回線の世帯普及率を8割に高めることを目標と掲げている。', ['attributed', 'firm', 'expectation', 'named']);
  });
});
