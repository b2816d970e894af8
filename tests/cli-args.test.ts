import { describe, expect, it } from 'vitest';
import { plainArgs, type CliArgs } from '../src/cli/args.js';
import { parseWithYargs } from '../src/cli/yargs-args.js';

// The CLI parses the common command line without yargs (issue 22, cold start): for every command line
// plainArgs takes, yargs must give the same arguments; anything else goes to yargs.
const KEYS: (keyof CliArgs)[] = [
  '_', 'format', 'config', 'maxWarnings', 'minSeverity', 'quiet', 'locale', 'printConfig', 'printStructure', 'color', 'outputFile',
  'inlineConfig', 'reportUnusedDirectives', 'ignore', 'ignorePattern', 'rule', 'warnIgnored', 'cache', 'cacheLocation', 'concurrency',
  'previous', 'suppressAll', 'pruneSuppressions', 'suppressionsLocation', 'fix', 'fixDryRun', 'stdin', 'stdinFilename', 'annotate',
  'init', 'preset', 'reportYear', 'yes', 'debug', 'configLookup',
];
const pick = (a: CliArgs): Record<string, unknown> => Object.fromEntries(KEYS.filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));

async function viaYargs(argv: string[]): Promise<Record<string, unknown>> {
  const r = await parseWithYargs(argv, 'zh', () => 2);
  if (typeof r !== 'object') throw new Error(`yargs did not parse ${argv.join(' ')}: ${String(r)}`);
  return pick(r);
}

describe('plainArgs: the common command line without yargs', () => {
  const taken = [
    ['report.txt'],
    ['--no-cache', '报告 2024.txt'],
    ['--no-cache', '--format', 'json', '-o', '/tmp/out.json', 'bench/corpus/reports'],
    ['-f', 'json', 'a.txt', 'b.md', 'dir/'],
    ['--format=sarif', '--output-file=out.sarif', 'x.docx'],
    ['--quiet', '--color', 'a.txt'],
    ['--no-color', '--cache', './r/2023.txt'],
    ['a.txt', '-f', 'unix', '--quiet', 'c.html'],
    ['-o', 'out.txt', 'a.txt'],
    ['/abs/path/县政府.pdf'],
    ['--format', 'true', 'a.txt'],
    ['-f', './my-formatter.mjs', 'a.txt'],
    [],
  ];
  for (const argv of taken) {
    it(`gives what yargs gives: ${JSON.stringify(argv)}`, async () => {
      const plain = plainArgs(argv);
      expect(plain).toBeDefined();
      expect(pick(plain!)).toEqual(await viaYargs(argv));
    });
  }

  const left = [
    ['--help'], ['-h'], ['--version'], ['-v'], ['--formt', 'json', 'a.txt'], ['--format'], ['-f', '-o', 'a.txt'], ['--format', '', 'a.txt'],
    ['-f', 'json', '-f', 'unix', 'a.txt'], ['--cache', '--no-cache', 'a.txt'], ['--quiet=true', 'a.txt'], ['-fjson', 'a.txt'],
    ['-f=json', 'a.txt'], ['2023'], ['0x1f'], ['1e3'], ['.5'], ['-'], ['--', 'a.txt'], ['--fix', 'a.txt'], ['--stdin'],
    ['--config', 'c.json', 'a.txt'], ['--max-warnings', '0', 'a.txt'], ['--locale', 'en', 'a.txt'], ['--debug', 'a.txt'], ['-q', 'a.txt'],
  ];
  for (const argv of left) {
    it(`leaves ${JSON.stringify(argv)} to yargs`, () => {
      expect(plainArgs(argv)).toBeUndefined();
    });
  }
});
