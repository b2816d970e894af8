/**
 * A report body flattened into one paragraph (a page's whole text in one <p>): its top-level headings, numbered in
 * sequence after a sentence's end, start blocks of their own; a paragraph that only mentions a 二、 is left whole.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/lint.js';

const BODY =
  '2025年，某县扎实推进法治政府建设，取得了新的成效。现将有关情况报告如下： 一、主要举措和成效 （一）强化理论武装。县政府常务会议会前学法11次，举办领导干部法治专题讲座2期。' +
  ' 二、党政主要负责人履行推进法治建设第一责任人职责情况 县委书记、县长认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治建设4次，带头述法，带头出庭应诉。 三、存在的不足和原因 一是乡镇执法力量薄弱；二是普法人才不足。' +
  ' 四、2026年工作安排 2026年，某县将深化普法，加强乡镇综合执法队伍建设，推进行政执法规范化，开展执法人员全员培训，提升行政复议工作质效，' +
  '深化政务公开，持续优化法治化营商环境。 五、其他需要报告的情况 无。';

describe('a body flattened into one paragraph', () => {
  it('is cut before each top-level heading, and the parts are read', async () => {
    const r = await prepare(`某县2025年度法治政府建设情况报告\n${BODY}\n`, 'text');
    const heads = r.blocks.map((b) => b.text.trim().slice(0, 2));
    expect(heads).toEqual(['某县', '20', '一、', '二、', '三、', '四、', '五、']);
    expect(new Set(r.parts.matches.map((m) => m.part))).toEqual(new Set([1, 2, 3, 4, 5]));
    // offsets still point at the source
    for (const b of r.blocks) expect(r.text.slice(b.start, b.start + 2)).toBe(b.text.trim().slice(0, 2));
  });

  it('a paragraph naming one 二、 after a full stop, or items 一是…二是…, stays whole', async () => {
    const p1 = '全年开展执法检查126次，覆盖全部乡镇和重点行业领域，检查中发现的问题均已整改到位，群众满意度明显提升，执法规范化水平进一步提高，执法公信力持续增强，执法队伍素质不断提升，社会各界普遍认可。二、三季度开展专项整治，查处案件18件，罚没款36万元，有力维护了市场秩序，企业和群众反映良好。';
    const p2 = '一是完善制度，制定行政执法公示办法，推进执法信息公开透明，接受社会监督；二是规范程序，全面落实执法全过程记录制度，做到执法全过程留痕可回溯；三是强化监督，开展案卷评查两次，发现问题全部整改到位，执法质量明显提升，群众满意度进一步提高，社会反响良好。';
    for (const p of [p1, p2]) {
      const r = await prepare(`某县2025年度法治政府建设情况报告\n${p}\n`, 'text');
      expect(r.blocks.length).toBe(2);
    }
  });
});
