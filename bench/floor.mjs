// The floor: read every file and parse it with remark-parse, nothing else.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const processor = unified().use(remarkParse);
let nodes = 0;
for (const f of process.argv.slice(2)) nodes += processor.parse(readFileSync(f, 'utf8')).children.length;
process.stdout.write(String(nodes) + '\n');
