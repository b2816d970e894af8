#!/usr/bin/env node
// Minimal reproductions of what the first run of eval/independent6 found (see ../README.md). Writes small
// .docx files here and, with LibreOffice, their PDFs:  node eval/independent6/repro/make-repro.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as D from 'docx';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = (text, o = {}) => new D.TextRun({ text, size: 32, ...o });
const body = (text) => new D.Paragraph({ indent: { firstLine: 640 }, children: [run(text)] });
const plain = (text, o = {}) => new D.Paragraph({ children: [run(text, o)] });
const numbered = (text) => new D.Paragraph({ numbering: { reference: 'h', level: 0 }, children: [run(text, { bold: true })] });
const numbering = { config: [{ reference: 'h', levels: [{ level: 0, format: D.LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: D.AlignmentType.LEFT }] }] };
const save = async (name, children) => writeFileSync(path.join(here, name), Buffer.from(await D.Packer.toBuffer(new D.Document({ numbering, sections: [{ children }] }))));

// 1. PDF: a heading without first-line indent after a paragraph whose last line is more than half full is
//    joined to that paragraph (the heading disappears).
await save('pdf-heading-joined.docx', [
  plain('东川区司法局2024年度法治政府建设情况报告', { bold: true }),
  plain('一、主要举措及成效'),
  body('全年办理法律援助案件628件，为受援群众挽回经济损失1560万元。区公共法律服务中心接待群众来访咨询9364人次。'),
  plain('二、党政主要负责人履行推进法治建设第一责任人职责情况'),
  body('局党组书记、局长带头学法用法，全年主持召开局党组会议专题研究法治工作6次，年底在区委全面依法治区委员会会议上述法。'),
  plain('三、存在的不足及原因'),
  body('基层法律服务资源分布不均衡，偏远街道服务力量薄弱，人民调解员队伍老化问题仍较突出，专职调解员占比偏低。'),
  plain('四、2025年工作计划'),
  body('2025年，区司法局将推进公共法律服务均衡发展，加强人民调解员队伍建设，完善合法性审查机制。'),
]);

// 2. .docx: top-level headings numbered by Word (项目符号和编号, the 「一、」 is not in the text), written as bold plain
//    paragraphs, after one run-in （四）… paragraph: the numbered headings are read as list items inside （四）, and
//    parts 3 and 4 are reported missing (case D-docx-autonum with its items （一）–（三） removed).
await save('docx-autonum-headings.docx', [
  plain('东川区司法局2024年度法治政府建设情况报告', { bold: true }),
  body('2024年，区司法局在区委、区政府的坚强领导下，深入学习贯彻习近平法治思想，充分发挥司法行政职能作用，全力推进法治政府建设。现将2024年度工作情况报告如下：'),
  numbered('主要举措及成效'),
  body('（四）做实人民调解和社区矫正。全区152个人民调解组织、685名调解员常态化开展矛盾纠纷排查。社区矫正对象在册297人，全年解除矫正132人，无脱管漏管和重新犯罪。'),
  numbered('党政主要负责人履行推进法治建设第一责任人职责情况'),
  body('局党组书记、局长坚持把法治建设摆在全局工作的突出位置，带头学法用法，全年主持召开局党组会议专题研究法治工作6次，亲自审定重要执法文书和合同，年底在区委全面依法治区委员会会议上述法。'),
  numbered('存在的不足及原因'),
  body('一是法治督察的刚性约束作用发挥不够；二是基层法律服务资源分布不均衡，偏远街道服务力量薄弱；三是人民调解员队伍老化，专职调解员占比偏低。主要原因是司法所人员编制紧张、经费保障不足。'),
  numbered('下一步工作计划'),
  body('2025年，区司法局将围绕全区中心工作，一是统筹推进法治政府建设示范创建，迎接市级评估；二是完善合法性审查工作机制，实现区、街道两级审查全覆盖；三是推进公共法律服务均衡发展，打造“15分钟公共法律服务圈”；四是加强人民调解员队伍建设。'),
]);

const tmp = mkdtempSync(path.join(tmpdir(), 'fzlint-i6r-'));
execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', here, path.join(here, 'pdf-heading-joined.docx')], { stdio: 'ignore' });
rmSync(tmp, { recursive: true, force: true });
