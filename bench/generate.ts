// Deterministic synthetic white-paper corpus for the benchmark: about 20 MB in about 2,000 page files,
// shaped like the real pages (FORMAT.md): breadcrumb, part/section lines (the chapter line only on a
// chapter's first page; the chapter is inferred from the `nd…` file name), 項 / (1) / ア headings,
// prose built from a phrase vocabulary written for this script, glued (page text) or spaced
// (official .txt) footnote anchors whose definitions restart per section, full / partial / deictic /
// figure / edition cross-references, claim endings, figure captions with their source line, page footer.
// Seeded PRNG: the same seed gives the same bytes on every machine.
//
//   node --import tsx bench/generate.ts <dir> [pages] [megabytes] [seed]
import fs from 'node:fs';
import path from 'node:path';
import { prng } from '../scripts/prng';

export interface GenerateOptions {
  pages?: number;
  /** Total UTF-8 size aimed at, in bytes. */
  targetBytes?: number;
  seed?: number;
  /**
   * The share of sentences that end as claims. The default (0.42) makes claims the bulk of the work
   * for the benchmarks; the real editions are sparser (令和元年版 and 平成25年版: about one sentence in ten).
   */
  claimShare?: number;
}

export interface GeneratedCorpus {
  dir: string;
  files: string[];
  bytes: number;
}


// ------------------------------------------------------------------------------------------------
// Vocabulary (written for this benchmark; not taken from any white paper)

const TOPICS = [
  '地域の通信基盤', '行政手続のオンライン化', '中小企業のデジタル化', '人工知能の社会実装', 'データ連携基盤',
  '放送ネットワーク', '電波の有効利用', 'サイバーセキュリティ対策', '情報リテラシー教育', '遠隔医療の普及',
  'クラウドサービスの利用', '次世代移動通信', '海底ケーブル網', '防災情報の伝達', '個人情報の保護',
  '越境データ流通', '半導体の供給網', '量子技術の研究開発', '宇宙通信の利活用', 'デジタル人材の育成',
  '電子決済の普及', '自動運転の実証', 'スマート農業', 'オープンデータの公開', '地方自治体の情報システム',
];
const ASPECTS = ['現状', '動向', '課題', '展望', '取組', '国際比較', '利用状況', '推進方策', '経済効果', '制度整備'];
const SUBJECTS = [
  '我が国の企業', '地方公共団体', '利用者', '通信事業者', '国内の研究機関', '多くの国', '政府', '若年層',
  '高齢者', '中小事業者', '海外の事業者', '教育機関', '医療機関', '関係省庁', '民間団体',
];
const OBJECTS = [
  'データの利活用', '新たなサービスの開発', '設備投資', '人材の確保', '情報発信', '安全対策', '業務の効率化',
  '国際標準化', '利用環境の整備', '技術開発', '普及啓発', '相互運用性の確保', '制度の見直し', '実証実験',
];
const CONNECTIVES = ['', '', '', 'また、', 'さらに、', '一方、', 'このため、', '例えば、', '特に、', 'これに対し、', '加えて、'];
const MIDDLES = [
  '近年では', '調査によれば', '前年と比べて', '都市部と地方部の間で', '世界的に見ても', '従来と比べて',
  '新型の機器の登場により', '利用者の増加に伴い', '制度の改正を受けて', '国際的な議論の中で',
];
const NUMBERS = [
  '2023年には', '2024年3月末時点で', '約80.6%が', '3つの観点から', '5Gの', '前年比12.4%増の',
  '約1,200万件の', '10年前の約2倍となる', '全体の4割程度が', 'Society 5.0の実現に向けて',
];
const DESCRIPTIVE = [
  'を進めている', 'が拡大している', 'に取り組んでいる', 'が増加している', 'を実施した', 'が見られる',
  'が進展した', 'を開始した', 'が広がっている', 'を公表した', 'を整備している', 'が続いている',
];
/** Claim endings (FORMAT.md §6) in the plain style; the official-.txt pages keep the same style. */
const CLAIMS = [
  'を進める必要がある', 'が求められる', 'が重要である', 'が期待される', 'を目指す', 'が見込まれる',
  'が進むと考えられる', 'が進んだといえる', 'の広がりがうかがえる', 'が課題であると指摘されている', 'が必要とされている',
  'の遅れが懸念される', 'が課題となっている', 'が不可欠である', 'が鍵を握る', 'が進む可能性がある', 'が重要と考えられる',
  'を推進すべきである',
];
const NON_CLAIMS = ['こととされた', 'こととなった', 'だろうか'];
const ORGS = ['総務省', '経済産業省', '内閣府', '文部科学省', '国際電気通信連合', '民間調査会社', '業界団体'];
const REPORT_WORDS = ['利用動向調査', '実態調査報告書', '市場動向に関する調査研究', '基本計画', '年次報告', '白書'];
const PEOPLE = ['大学教授', '研究所長', '事業者の担当者', '自治体職員', '有識者'];
const FIGURE_WORDS = ['の推移', 'の国際比較', 'の内訳', 'の利用率', 'の市場規模', 'の年代別比較'];

const PART_TITLES = ['特集 デジタルで支える暮らしと経済', '情報通信分野の現状と課題'];
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];
const KANA = 'アイウエオカキク';

// ------------------------------------------------------------------------------------------------

interface Item { part: number; chapter: number; section: number; item: number; title: string; sectionTitle: string; chapterTitle: string }

export function generateCorpus(dir: string, opts: GenerateOptions = {}): GeneratedCorpus {
  const pages = opts.pages ?? 2000;
  const targetBytes = opts.targetBytes ?? 20 * 1024 * 1024;
  const rand = prng(opts.seed ?? 20250701);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const claimShare = opts.claimShare ?? 0.42;

  // Outline: 2 parts × 8 chapters × 6 sections × 6 項; chapters restart per part (2024 editions on).
  const items: Item[] = [];
  const titleOf = new Map<string, string>();
  for (let p = 1; p <= 2; p++) {
    for (let c = 1; c <= 8; c++) {
      const chapterTitle = `${pick(TOPICS)}と${pick(TOPICS)}`;
      titleOf.set(`${p}-${c}`, chapterTitle);
      for (let s = 1; s <= 6; s++) {
        const sectionTitle = `${pick(TOPICS)}の${pick(ASPECTS)}`;
        titleOf.set(`${p}-${c}-${s}`, sectionTitle);
        for (let i = 1; i <= 6; i++) {
          const title = `${pick(TOPICS)}の${pick(ASPECTS)}`;
          titleOf.set(`${p}-${c}-${s}-${i}`, title);
          items.push({ part: p, chapter: c, section: s, item: i, title, sectionTitle, chapterTitle });
        }
      }
    }
  }
  const perItem = Math.floor(pages / items.length);
  const extra = pages - perItem * items.length;
  const pageBytes = targetBytes / pages;

  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  let footnote = 0; // restarts per section
  let figure = 0; // figure serial per section
  let lastSection = '';
  let lastChapter = '';
  const figuresSoFar: string[] = [];

  for (let ix = 0; ix < items.length; ix++) {
    const it = items[ix];
    const count = perItem + (ix < extra ? 1 : 0);
    const sectionKey = `${it.part}-${it.chapter}-${it.section}`;
    if (sectionKey !== lastSection) { footnote = 0; figure = 0; lastSection = sectionKey; }
    for (let k = 1; k <= count; k++) {
      const official = chance(0.25); // official .txt form: no breadcrumb, ideographic spaces, spaced anchors, CRLF
      const sp = official ? '\u3000' : ' ';
      const nl = official ? '\r\n' : '\n';
      const P = ROMAN[it.part - 1];
      const lines: string[] = [];
      const defs: string[] = [];
      const dataLinks: string[] = [];
      const chapterKey = `${it.part}-${it.chapter}`;
      const firstOfChapter = chapterKey !== lastChapter;
      lastChapter = chapterKey;

      const anchor = (): string => {
        footnote++;
        const n = footnote;
        const kind = between(0, 3);
        const def = kind === 0 ? `${pick(PEOPLE)}へのインタビューによる。`
          : kind === 1 ? `${pick(ORGS)}（${between(2019, 2024)}）「${pick(TOPICS)}に関する${pick(REPORT_WORDS)}」`
          : kind === 2 ? `https://www.example.jp/${pick(['stat', 'policy', 'report'])}/${between(100, 999)}.html (${between(2023, 2024)}/${between(1, 12)}/${between(1, 28)}参照)`
          : `${pick(TOPICS)}とは、${pick(OBJECTS)}のための仕組みをいう。`;
        defs.push(`${n}${sp}${def}`);
        return official ? ` ${n} ` : String(n);
      };

      const reference = (): string => {
        const r = rand();
        const c = between(1, 8), s = between(1, 6), i = between(1, 6);
        if (r < 0.25) {
          const title = chance(0.9) ? titleOf.get(`${it.part}-${c}-${s}-${i}`)! : `${pick(TOPICS)}の${pick(ASPECTS)}`;
          return `（第${P}部第${c}章第${s}節${i}「${title}」参照）`;
        }
        if (r < 0.45) return `（第${s}節参照）`;
        if (r < 0.6) return `第${c}章第${s}節で見たように、`;
        if (r < 0.75) return pick(['本節では、', '本章で述べたとおり、', '前節で見たように、', '次節では、']);
        if (r < 0.85) return '前述のとおり、';
        if (r < 0.92) return `（第${s}節第${i}項参照）`;
        return `令和${between(1, 5)}年版情報通信白書第${c}章第${s}節参照。`;
      };

      const sentence = (): string => {
        let s = pick(CONNECTIVES);
        if (chance(0.035)) s += reference();
        s += `${pick(SUBJECTS)}は、`;
        // a glued anchor mid-sentence (`…とともに3、`), as page text writes it
        if (chance(0.5)) s += `${pick(MIDDLES)}${chance(0.05) ? anchor() : ''}、`;
        if (chance(0.35)) s += pick(NUMBERS);
        s += `${pick(TOPICS)}における${pick(OBJECTS)}`;
        const r = rand();
        s += r < 0.97 - claimShare ? pick(DESCRIPTIVE) : r < 0.97 ? pick(CLAIMS) : pick(NON_CLAIMS);
        if (chance(0.05) && figuresSoFar.length) s += `（${pick(figuresSoFar)}）`;
        if (chance(0.055)) s += anchor();
        return s + (s.endsWith('だろうか') ? '。' : '。');
      };

      const paragraph = (): string => {
        const n = between(1, 4);
        let p = '';
        for (let j = 0; j < n; j++) {
          p += sentence();
        }
        return p;
      };

      const figureBlock = (): string[] => {
        figure++;
        const num = `図表${P}-${it.chapter}-${it.section}-${figure}`;
        figuresSoFar.push(num);
        if (figuresSoFar.length > 40) figuresSoFar.shift();
        if (chance(0.02)) figuresSoFar.push(`図表${P}-${it.chapter}-9-${between(1, 9)}`); // a figure nobody captioned
        const title = `${pick(TOPICS)}${pick(FIGURE_WORDS)}`;
        dataLinks.push(`「${num} ${title}」のExcelはこちら`);
        return [`${num}${sp}${title}`, `（出典）${pick(ORGS)}「${pick(TOPICS)}に関する${pick(REPORT_WORDS)}」（${between(2020, 2024)}）`];
      };

      if (!official) lines.push(`総務省トップ > 政策 > 白書 > 令和7年版 > ${k === 1 ? it.title : it.sectionTitle}`);
      lines.push(`第${P}部${sp}${PART_TITLES[it.part - 1]}`);
      if (firstOfChapter) lines.push(`第${it.chapter}章${sp}${it.chapterTitle}`);
      lines.push(`第${it.section}節${sp}${it.sectionTitle}`);
      if (!official) lines.push('');
      if (k === 1) lines.push(`${it.item}${sp}${it.title}`);
      let body = 0;
      let sub = (k - 1) * 3;
      const bodyTarget = pageBytes * (0.8 + rand() * 0.4) - 400;
      while (body < bodyTarget) {
        if (chance(0.2)) {
          sub++;
          const subTitle = `${pick(TOPICS)}の${pick(ASPECTS)}`;
          const h = official ? `（${sub}）${sp}${subTitle}` : `(${sub}) ${subTitle}`;
          lines.push(h);
          body += h.length * 3;
          if (chance(0.5)) {
            for (let a = 0; a < between(1, 3); a++) {
              const kh = `${KANA[a]}${sp}${pick(OBJECTS)}の${pick(ASPECTS)}`;
              lines.push(kh);
              const p = paragraph();
              lines.push(p);
              body += (kh.length + p.length) * 3;
            }
          }
        }
        const p = paragraph();
        lines.push(p);
        if (!official && chance(0.3)) lines.push('');
        body += p.length * 3;
        if (chance(0.12)) {
          const f = figureBlock();
          lines.push(...f);
          body += (f[0].length + f[1].length) * 3;
        }
      }
      if (!official) lines.push('');
      lines.push(...defs);
      if (!official) {
        lines.push('', ...dataLinks, '本文のテキスト版はこちら', 'ページトップへ戻る');
      }
      const code = `${it.part}${it.chapter}${it.section}${it.item}${k}`;
      const file = path.join(dir, `nd${code}.txt`);
      const text = lines.join(nl) + nl;
      fs.writeFileSync(file, text);
      total += Buffer.byteLength(text);
      files.push(file);
    }
  }
  return { dir, files, bytes: total };
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const [dir = path.join(process.cwd(), 'bench-corpus'), pages = '2000', mb = '20', seed = '20250701'] = process.argv.slice(2);
  const t0 = performance.now();
  const r = generateCorpus(dir, { pages: +pages, targetBytes: +mb * 1024 * 1024, seed: +seed });
  console.log(`${r.files.length} files, ${(r.bytes / 1048576).toFixed(1)} MB in ${r.dir} (${(performance.now() - t0).toFixed(0)} ms)`);
}
