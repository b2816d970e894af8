import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
const require = createRequire('/work/wt/inputs2/package.json');
const d = require('docx');
for (const id of ['r05', 'r13', 'r29', 'r00']) {
  const lines = readFileSync(`src/${id}.txt`, 'utf8').split('\n').filter((l) => l.trim());
  // text pasted from a <br> web page into Word: one paragraph, a soft line break per line, 　　 indents
  const runs = lines.map((l, i) => new d.TextRun({ text: '　　' + l.trim(), break: i ? 1 : 0 }));
  const doc = new d.Document({ sections: [{ children: [new d.Paragraph({ children: runs })] }] });
  writeFileSync(`forms/${id}.C.docx`, await d.Packer.toBuffer(doc));
}
