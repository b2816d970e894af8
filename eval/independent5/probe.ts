/** Sensitivity probe (not a suite): one figure made wrong per variant; which rule, if any, speaks at warn/error. */
import { lintCase, presetRuleIds } from '../lib.js';
import { CASES } from './cases.js';

const get = (id: string) => CASES.find((c) => c.id === id)!;
const swaps: [string, RegExp, (m: string) => string, string][] = [
  ['c01', /提高(\d+\.\d)个百分点/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 1).toFixed(1)), '提高N个百分点 +1'],
  ['c01', /环比增长(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '环比 +3'],
  ['c01', /降幅(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '降幅 +3'],
  ['c01', /比上年的(\d+)件翻了一番/, (m) => m.replace(/\d+/, (x) => String(+x + 5)), '翻一番 base +5'],
  ['c01', /是上年(\d+)卷的/, (m) => m.replace(/\d+/, (x) => String(+x + 5)), '是上年的N倍 base +5'],
  ['c01', /占全部案件的(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '占全部 +3'],
  ['c01', /比重为(\d+\.\d+)%/, (m) => m.replace(/\d+\.\d+/, (x) => (parseFloat(x) + 3).toFixed(2)), '比重 +3'],
  ['c01', /预算执行率(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) - 3).toFixed(1)), '执行率 −3'],
  ['c01', /到位率(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) - 3).toFixed(1)), '到位率 −3'],
  ['c01', /人均(\d+\.\d)学时/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '人均 +3'],
  ['c01', /2024年为(\d+)件，同比增长/, (m) => m.replace(/(\d+)件/, (_x, n) => `${+n + 20}件`), '同比 (2025 first) base +20'],
  ['c01', /与2024年的(\d+)件相比/, (m) => m.replace(/(\d+)件/, (_x, n) => `${+n + 20}件`), '同比 (2024 first) base +20'],
  ['c01', /合格率分别为[\d.]+%、(\d+\.\d)%/, (m) => m.replace(/(\d+\.\d)%$/, (x) => (parseFloat(x) - 3).toFixed(1) + '%'), '两率 second −3'],
  ['x01', /比上年的(\d+)件增长1倍/, (m) => m.replace(/\d+/, (x) => String(+x + 4)), '增长1倍 base +4'],
  ['x01', /压缩(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '压缩% +3'],
  ['x01', /分别同比增长(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '分别同比 first +3'],
  ['y01', /共计(\d+\.\d)万元/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 2).toFixed(1)), '共计万元 +2'],
  ['y01', /结案率(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) - 3).toFixed(1)), '结案率 −3'],
  ['y01', /是上年的(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 9).toFixed(1)), '是上年的p% +9'],
  ['y03', /\| 行政复议 \| \d+ \| \d+ \| (\d+\.\d)%/, (m) => m.replace(/(\d+\.\d)%/, (x) => (parseFloat(x) + 5).toFixed(1) + '%'), 'table 增长率 +5'],
  // further phrasings of the same cases (added with the recall pass; the 20 above are the tester's)
  ['x01', /下降(\d+\.\d)个百分点/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 1).toFixed(1)), '较上年的r0%下降N个百分点 +1'],
  ['x01', /较2024年减少\d+件，下降(\d+\.\d)%/, (m) => m.replace(/(\d+\.\d)%/, (x) => (parseFloat(x) + 3).toFixed(1) + '%'), '减少N件，下降p%（2024年为X件） +3'],
  ['x01', /上年分别为(\d+)件/, (m) => m.replace(/\d+/, (x) => String(+x + 10)), '分别同比 last year\'s first +10'],
  ['x01', /由(\d+)个工作日压缩/, (m) => m.replace(/\d+/, (x) => String(+x + 3)), '压缩 start +3'],
  ['c01', /实考(\d+)人/, (m) => m.replace(/\d+/, (x) => String(+x - 8)), '两率 实考 −8'],
  ['c01', /累计(\d+)学时/, (m) => m.replace(/\d+/, (x) => String(+x + 400)), '人均 total +400'],
  ['c01', /由上年的(\d+)件增至/, (m) => m.replace(/\d+/, (x) => String(+x - 20)), '增幅 base −20'],
  ['y01', /共受理政务服务申请(\d+)件。/, (m) => m.replace(/\d+/, (x) => String(+x - 20)), '同比 (base in the sentence before) −20'],
  ['y01', /增幅为(\d+\.\d)%/, (m) => m.replace(/\d+\.\d/, (x) => (parseFloat(x) + 3).toFixed(1)), '较上年增加N条，增幅 +3'],
  ['y01', /审结(\d+)件，结案率/, (m) => m.replace(/\d+/, (x) => String(+x - 12)), '结案率 审结 −12'],
  ['y01', /分别占总数\d+件的(\d+\.\d)%/, (m) => m.replace(/(\d+\.\d)%/, (x) => (parseFloat(x) + 5).toFixed(1) + '%'), '分别占总数 +5'],
];
export async function probe(): Promise<string[]> {
  const out: string[] = [];
  const rules = presetRuleIds();
  for (const [id, re, f, label] of swaps) {
    const c = get(id);
    const m = c.text.match(re);
    if (!m) { out.push(`${label}: pattern not found`); continue; }
    const text = c.text.replace(m[0], f(m[0]));
    const { messages } = await lintCase(text, { format: c.format ?? 'text', only: rules });
    const base = (await lintCase(c.text, { format: c.format ?? 'text', only: rules })).messages;
    const fresh = messages.filter((x) => !base.some((b) => b.message === x.message));
    out.push(`${label} [${m[0]} → ${f(m[0])}]: ${fresh.map((x) => `${x.ruleId} ${x.severity} ${x.message}`).join(' | ') || 'SILENT'}`);
  }
  return out;
}
