import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/format/index.js';
import { FINGERPRINT, SARIF_SCHEMA } from '../../src/format/sarif.js';
import type { FileResult } from '../../src/linter/types.js';
import { ROOT, SEEDS, seedPath } from '../helpers/seeds.js';
import { Linter } from '../../src/linter/linter.js';
import { context, fixtureResults, INVALID, MISSING } from './helpers.js';

// --format sarif against the SARIF 2.1.0 JSON schema (2.1.0-rtm.5, the schema published with the
// 2.1.0 release, as shipped by Microsoft's @microsoft/jest-sarif devDependency; no network needed).
// The schema is draft-04; ajv's default vocabulary reads every keyword it uses the same way, once
// its root `id` is called `$id`. Its formats (uri, uri-reference, date-time) are checked below.
const SCHEMA_FILE = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function isUri(s: string): boolean {
  try {
    return Boolean(new URL(s).protocol);
  } catch {
    return false;
  }
}

let validate: ValidateFunction;
let results: FileResult[];
let sarif: (results: FileResult[], ctx: ReturnType<typeof context>) => string;

beforeAll(async () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  expect(String(schema.title)).toContain('SARIF) Version 2.1.0');
  // rtm.5's language pattern is not valid with the u flag: compile patterns without it
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', (s: string) => isUri(s) || isUri(new URL(s, 'file:///base/').href));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  // draft-04 names the schema's own URI `id`; ajv 8 knows it as `$id` (the meta-schema reference is dropped)
  const { $schema: _meta, id, ...body } = schema;
  validate = ajv.compile({ $id: id as string, ...body });
  results = await fixtureResults();
  sarif = await loadFormatter('sarif');
});

function errorsOf(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('SARIF 2.1.0', () => {
  it('the validator rejects documents that break the schema (a control for the checks below)', () => {
    const good = JSON.parse(sarif(results, context()));
    expect(errorsOf(good)).toEqual([]);
    const badLevel = structuredClone(good);
    badLevel.runs[0].results[0].level = 'info';
    expect(errorsOf(badLevel).some((e) => e.startsWith('/runs/0/results/0/level'))).toBe(true);
    const noDriverName = structuredClone(good);
    delete noDriverName.runs[0].tool.driver.name;
    expect(errorsOf(noDriverName).length).toBeGreaterThan(0);
    const badRegion = structuredClone(good);
    badRegion.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(errorsOf(badRegion).length).toBeGreaterThan(0);
    const extra = structuredClone(good);
    extra.runs[0].results[0].severity = 'error';
    expect(errorsOf(extra).length).toBeGreaterThan(0);
  });

  it('is valid for the fixture, in both locales, and for the seeds linted with every rule', async () => {
    expect(errorsOf(JSON.parse(sarif(results, context())))).toEqual([]);
    expect(errorsOf(JSON.parse(sarif(results, context({ locale: 'en' }))))).toEqual([]);
    expect(errorsOf(JSON.parse(sarif([], context({ rulesMeta: {} }))))).toEqual([]);
    const seeds = await new Linter({ cwd: ROOT }).lintFiles(SEEDS.map(seedPath));
    const doc = JSON.parse(sarif(seeds, context({ rulesMeta: {} })));
    expect(errorsOf(doc)).toEqual([]);
    // seeds lie outside the working directory: absolute file URIs
    expect(doc.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(pathToFileURL(seedPath('000')).href);
  });

  it('describes the rules and carries ruleId, level, message and region for each finding', () => {
    const doc = JSON.parse(sarif(results, context()));
    expect(doc.$schema).toBe(SARIF_SCHEMA);
    expect(doc.version).toBe('2.1.0');
    const [run] = doc.runs;
    expect(run.tool.driver).toEqual({
      name: 'fzlint',
      version: '9.9.9',
      semanticVersion: '9.9.9',
      informationUri: 'https://github.com/fzlint/fzlint',
      rules: [
        {
          id: 'require-sections',
          shortDescription: { text: '报告应包含厅字〔2019〕28号规定的五项基本内容' },
          fullDescription: { text: 'The report contains the five parts required by 厅字〔2019〕28号' },
          helpUri: 'https://github.com/fzlint/fzlint/blob/main/rules/require-sections.md',
          help: { text: expect.stringContaining('厅字〔2019〕28号'), markdown: readFileSync(path.join(ROOT, 'rules/require-sections.md'), 'utf8') },
          defaultConfiguration: { level: 'error' },
        },
      ],
    });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(ROOT + path.sep).href } });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.language).toBe('zh-CN');
    const location = { uri: INVALID, uriBaseId: '%SRCROOT%' };
    const [m1, m2] = results[0].messages;
    const firstLine = '法治兴则国兴,法治强则国强。2024年水磨沟区委、区政府坚持以习近平新时代中国特色社会主义思想为指导,现将工作情况汇报如下。';
    expect(run.results).toEqual([
      {
        ruleId: 'require-sections',
        ruleIndex: 0,
        level: 'error',
        message: { text: m1.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 63, charOffset: 0, charLength: 62, snippet: { text: firstLine } },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT]: expect.stringMatching(/^[0-9a-f]{32}$/) },
        properties: { messageId: 'missingPart', data: m1.data },
      },
      {
        ruleId: 'require-sections',
        ruleIndex: 0,
        level: 'note',
        message: { text: m2.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 63, charOffset: 0, charLength: 62, snippet: { text: firstLine } },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT]: expect.stringMatching(/^[0-9a-f]{32}$/) },
        properties: { messageId: 'missingPart', data: m2.data },
      },
      {
        ruleId: 'require-sections',
        ruleIndex: 0,
        level: 'warning',
        message: { text: '100%, a:b & <c> "d" \'e\'\n第二行' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: 9, startColumn: 39, endLine: 9, endColumn: 46, charOffset: 251, charLength: 7, snippet: { text: '第一责任人职责' } },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT]: expect.stringMatching(/^[0-9a-f]{32}$/) },
        properties: { messageId: 'notTopLevel', data: { part: 3 } },
      },
    ]);
    // the unreadable file is a tool execution notification, and the run did not fully succeed
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'cannot read file: file not found (deleted?)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: MISSING, uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });

  it('carries fixes, suggestions and related places in SARIF terms', () => {
    const [m] = results[0].messages;
    const rich = {
      ...results[0],
      messages: [
        {
          ...m,
          fix: [{ start: 3, end: 4, text: '，' }],
          suggestions: [{ message: '改为全角逗号', fix: [{ start: 3, end: 4, text: '，' }] }],
          related: [{ message: '相关位置', start: 14, end: 19, line: 1, column: 15, endLine: 1, endColumn: 20 }],
        },
      ],
    } as FileResult;
    const doc = JSON.parse(sarif([rich], context()));
    expect(errorsOf(doc)).toEqual([]);
    const [r] = doc.runs[0].results;
    const location = { uri: INVALID, uriBaseId: '%SRCROOT%' };
    expect(r.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: '相关位置' },
        physicalLocation: { artifactLocation: location, region: { startLine: 1, startColumn: 15, endLine: 1, endColumn: 20, charOffset: 14, charLength: 5, snippet: { text: '2024年' } } },
      },
    ]);
    const replacement = { deletedRegion: { charOffset: 3, charLength: 1 }, insertedContent: { text: '，' } };
    expect(r.fixes).toEqual([
      { description: { text: m.reason }, artifactChanges: [{ artifactLocation: location, replacements: [replacement] }] },
      { description: { text: '改为全角逗号' }, artifactChanges: [{ artifactLocation: location, replacements: [replacement] }] },
    ]);
  });

  it('percent-encodes a path with CJK characters and spaces into a valid relative URI', () => {
    const odd = { ...results[0], filePath: path.join(ROOT, '报告 2023/叶城县.txt') } as FileResult;
    const doc = JSON.parse(sarif([odd], context()));
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%E6%8A%A5%E5%91%8A%202023/%E5%8F%B6%E5%9F%8E%E5%8E%BF.txt');
  });
});
