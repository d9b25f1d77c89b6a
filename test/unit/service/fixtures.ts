// A small workspace written for the service's tests: two pages of one section each (the chapter
// line left out, as on real section pages), a Markdown white paper, ordinary notes and a README.
export const ROOT = 'file:///ws';

export const PAGE_1 = `白書トップ > 政策 > 白書 > 令和9年版 > 地域の通信基盤
第Ⅱ部 情報通信の現状
第1節 地域の通信基盤

1 光回線の整備

光回線の整備は山間部でも進んでおり、未整備の世帯は減っている1。
整備の費用は国と自治体が分担している2。詳しくは第Ⅱ部第1章第2節「移動通信の動向」を参照。

(1) 整備の課題

保守を担う人材が不足しており3、第Ⅱ部第1章第2節「無線の普及」で見たように無線との組合せも検討されている。

1 総務省「地域通信基盤調査」(2026年)による。
2 国の補助は整備費の半分までとされている。https://example.jp/hojo
3 事業者への聞き取りによる。
4 どこからも引かれていない注である。
`;

export const PAGE_2 = `白書トップ > 政策 > 白書 > 令和9年版 > 移動通信の動向
第Ⅱ部 情報通信の現状
第2節 移動通信の動向

1 契約数の推移

携帯電話の契約数は増え続けている1。第Ⅱ部第1章第1節1「光回線の整備」も参照。

2 料金の変化

料金は低下傾向にある。

1 電気通信事業者協会の統計による。
`;

export const MARKDOWN = `---
hakusho: true
---
# 第Ⅲ部 政策の方向

## 第1章 今後の取組

地域の通信基盤については第Ⅱ部第1章第9節を参照[^1]。

[^1]: 編集部による整理。
`;

export const NOTES = `買い物メモ
1 牛乳
2 卵
`;

export const FILES: Record<string, string> = {
  [`${ROOT}/pages/nd211100.txt`]: PAGE_1,
  [`${ROOT}/pages/nd211200.txt`]: PAGE_2,
  [`${ROOT}/policy.md`]: MARKDOWN,
  [`${ROOT}/notes.txt`]: NOTES,
  [`${ROOT}/README.md`]: '# Notes\n\nNothing here.\n',
  [`${ROOT}/node_modules/pkg/nd999999.txt`]: PAGE_2,
};

export const PAGE_1_URI = `${ROOT}/pages/nd211100.txt`;
export const PAGE_2_URI = `${ROOT}/pages/nd211200.txt`;
export const MARKDOWN_URI = `${ROOT}/policy.md`;
