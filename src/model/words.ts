/**
 * Content words of Chinese report text, for comparing passages by word overlap
 * (Intl.Segmenter with 'zh' word granularity: ICU's dictionary, no dependency).
 */

/**
 * Words that every report uses in every paragraph: they say nothing about which
 * task a passage is about. Kept short on purpose; weighting by rarity does the rest.
 */
const STOP = new Set([
  '推进', '加强', '进一步', '工作', '法治', '建设', '政府', '依法', '全面', '深入', '持续', '不断', '提升', '提高',
  '开展', '落实', '完善', '健全', '强化', '坚持', '切实', '积极', '各类', '相关', '有关', '我们', '我县', '我区',
  '我市', '我乡', '我镇', '全县', '全区', '全市', '全乡', '各级', '实现', '确保', '推动', '充分', '发挥', '作用',
  '重点', '主要', '以及', '进行', '通过', '加大', '力度', '不少', '做好', '抓好', '扎实', '全力', '着力', '大力',
  '努力', '一步', '一批', '一项', '要求', '情况', '方面', '形式', '同时', '年度', '工作者', '等等', '一是', '二是',
]);

let segmenter: Intl.Segmenter | undefined;

/** Word-like segments of two or more characters, minus the stop list and numbers. */
export function contentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment;
    if (w.length < 2 || STOP.has(w) || /^[\d.%]+$/.test(w)) continue;
    out.push(w);
  }
  return out;
}
