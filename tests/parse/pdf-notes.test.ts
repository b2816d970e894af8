import { describe, expect, it } from 'vitest';
import { layOutPages, type LayoutRun } from '../../src/parse/layout.js';

/**
 * inputs2 (Word reports exported as PDF by LibreOffice): a footnote reference set raised and small after a word
 * became a line of its own between two lines of its paragraph, cutting it (unpaired 「（」「）」 and 「“」「”」 either
 * side); the footnote itself, at the foot of the page, was read as a paragraph in the middle of the text; a 落款
 * date, right-aligned, ran on into 「附件」 at the top of the next page.
 */
const EM = 16;
const LEFT = 80;
const run = (text: string, x: number, y: number, size = EM): LayoutRun => ({ text, x, y, w: [...text].length * size, size });
const line1 = '全面推进政务服务标准化，在街道和村（社';
const line2 = '区）设立代办点，群众办事更加便利。';

describe('PDF footnotes', () => {
  it('a raised reference mark after a word is not a line of its own; the paragraph stays whole', () => {
    const page = {
      width: 595, height: 842,
      runs: [
        run(line1 + '法治建设工作', LEFT + 2 * EM, 200),
        run(line2, LEFT, 228),
        run('1', LEFT + [...line2].length * EM, 222, 9), // raised by 6, smaller
        run('下一段正文从这里开始。', LEFT + 2 * EM, 256),
      ],
    };
    expect(layOutPages([page]).text.split('\n')).toEqual([line1 + '法治建设工作' + line2, '下一段正文从这里开始。']);
  });

  it('the footnote at the foot of the page (opened by its raised mark) is dropped; the paragraph goes on over the page', () => {
    const full = '全年办理行政复议案件十二件，审结十一件，依法化解行政争议和矛盾纠纷'.slice(0, 27);
    const pages = [
      { width: 595, height: 842, runs: [run('一、主要举措和成效', LEFT, 160), run(full, LEFT + 2 * EM, 700), run('1', LEFT, 766, 9), run('数据来源：本级行政执法监督平台，统计口径为全年。', LEFT + 6, 772, 12)] },
      { width: 595, height: 842, runs: [run('（社区）代办点。', LEFT, 120), run('二、存在的不足', LEFT, 160)] },
    ];
    expect(layOutPages(pages).text.split('\n')).toEqual(['一、主要举措和成效', full + '（社区）代办点。', '二、存在的不足']);
  });

  it('a line that merely starts with a digit is not a mark; a 1 at the foot without raised text after it stays a page number rule', () => {
    const page = { width: 595, height: 842, runs: [run('1.深化改革。全面推行告知承诺制。', LEFT + 2 * EM, 200), run('2.优化营商环境。', LEFT + 2 * EM, 228)] };
    expect(layOutPages([page]).text.split('\n')).toEqual(['1.深化改革。全面推行告知承诺制。', '2.优化营商环境。']);
  });
});

describe('PDF: a right-aligned 落款 before a flush-left line', () => {
  it('the date line ends its paragraph when the next page opens with 附件', () => {
    const date = '2024年2月22日';
    const right = LEFT + 27 * EM;
    const body = '三是按时公开上一年度法治政府建设情况报告，自觉接受社会监督和群众'.slice(0, 27);
    const pages = [
      { width: 595, height: 842, runs: [run(body, LEFT, 700), run('南平原市住房和城乡建设局', right - 12 * EM, 740), run(date, right - [...date].length * EM * 0.75, 768)] },
      { width: 595, height: 842, runs: [run('附件', LEFT, 120), run('法治政府建设重点任务完成情况表', LEFT + 6 * EM, 160)] },
    ];
    const lines = layOutPages(pages).text.split('\n');
    expect(lines).toContain(date);
    expect(lines).toContain('附件');
  });
});
