/**
 * Everything the CLI itself says, in Chinese (the default) and English: option descriptions, yargs' own
 * words, usage errors and refusals. Findings have their own messages (rules' meta.messages); config
 * errors carry both languages (config/errors.ts).
 */
import type { Locale } from '../engine/types.js';

type Text = { zh: string; en: string };

/**
 * The language of the CLI's own texts: --locale (or --locale=…) on the command line, else LC_ALL,
 * LC_MESSAGES or LANG (the first one set, as POSIX orders them) when it names English, else Chinese.
 */
export function cliLocale(argv: string[], env: Record<string, string | undefined>): Locale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const m = /^--locale(?:=(.*))?$/.exec(argv[i]);
    if (m) {
      const v = m[1] ?? argv[i + 1];
      if (v === 'en' || v === 'zh') return v;
    }
  }
  const sys = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(sys) ? 'en' : 'zh';
}

/** Option descriptions for --help. */
export const OPTION_TEXT: Record<string, Text> = {
  format: {
    zh: '输出格式：stylish、json、sarif、github、junit、checkstyle、codeclimate、csv、unix、compact、checklist、html，或格式化模块的路径',
    en: 'Output format: stylish, json, sarif, github, junit, checkstyle, codeclimate, csv, unix, compact, checklist, html, or a path to a formatter module',
  },
  'output-file': { zh: '把结果写入该文件（自动创建目录），而不是输出到标准输出', en: 'Write the report to this file (directories are created) instead of stdout' },
  config: { zh: '所有输入都使用这个配置文件（不再逐级查找）', en: 'Use this config file for every input (no search)' },
  'max-warnings': { zh: '警告数超过该值时以退出码 1 结束', en: 'Exit 1 when there are more warnings than this' },
  quiet: { zh: '只报告错误（同 --min-severity error）', en: 'Report errors only (same as --min-severity error)' },
  'min-severity': { zh: '只报告不低于该级别的问题：info（全部）、warn（隐藏提示）、error（只看错误）', en: 'Report findings of this severity and above: info (all), warn (hide info), error (errors only)' },
  locale: { zh: '消息语言：zh（默认）或 en；未指定时用配置中的 locale', en: 'Language of messages: zh (default) or en; without it, the config’s locale' },
  'print-config': { zh: '打印适用于某个文件的配置后退出', en: 'Print the configuration that applies to a file and exit' },
  'print-structure': { zh: '打印报告的结构识别结果（提纲、各节所属部分及理由、报告年度和安排年份）后退出', en: 'Print how a report is read (outline, the part of each section and why, report and plan year) and exit' },
  color: { zh: '彩色输出（--no-color 关闭）；优先于环境变量 NO_COLOR、FORCE_COLOR', en: 'Colour the output (--no-color turns it off); wins over NO_COLOR and FORCE_COLOR' },
  lsp: { zh: '以语言服务器方式运行（经标准输入输出的 LSP），供编辑器使用', en: 'Run the language server (LSP over stdio) for editors' },
  'inline-config': { zh: '执行 Markdown 中的 <!-- fzlint-disable … --> 指令（--no-inline-config 忽略它们）', en: 'Apply <!-- fzlint-disable … --> directives in Markdown (--no-inline-config ignores them)' },
  'report-unused-directives': { zh: '对没有屏蔽任何问题的指令给出警告', en: 'Warn about directives that suppress nothing' },
  ignore: { zh: '遵循 .fzlintignore 和 ignorePatterns（--no-ignore 检查所有文件）', en: 'Honour .fzlintignore and ignorePatterns (--no-ignore lints every file)' },
  'ignore-pattern': { zh: '不检查匹配该模式的文件（.gitignore 语法，相对当前目录）；可重复', en: 'Do not lint files matching this pattern (.gitignore syntax, relative to the current directory); repeatable' },
  'warn-ignored': { zh: '命令行点名的文件被忽略时给出警告（--no-warn-ignored 静默跳过）', en: 'Warn when a file named on the command line is ignored (--no-warn-ignored skips it silently)' },
  rule: {
    zh: '临时设置规则，优先于配置文件，如 --rule "require-sections: off" 或 --rule "consistent-rate: [warn, {checkQualified: false}]"；可重复',
    en: 'Set a rule, over the config files: --rule "require-sections: off" or --rule "consistent-rate: [warn, {checkQualified: false}]"; repeatable',
  },
  init: { zh: '回答两三个问题后，在当前目录写入带注释的初始配置 fzlint.config.json', en: 'Write a commented starter fzlint.config.json in the current directory after two or three questions' },
  preset: { zh: '与 --init 一起使用：起始预设 recommended 或 strict（不再询问）', en: 'With --init: the preset to start from, recommended or strict (not asked)' },
  'report-year': { zh: '与 --init 一起使用：正文未写明年度时采用的报告年度（不再询问）', en: 'With --init: the report year used when the text does not state one (not asked)' },
  yes: { zh: '与 --init 一起使用：未指定的问题都取默认答案，不再询问', en: 'With --init: take the default answer to every question not given by a flag' },
  cache: { zh: '只重新检查内容、配置或 fzlint 版本有变化的文件', en: 'Re-lint only files whose content, configuration or fzlint version changed' },
  'cache-location': { zh: '缓存文件，或存放 .fzlintcache 的目录（默认 ./.fzlintcache）', en: 'Cache file, or directory for .fzlintcache (default: ./.fzlintcache)' },
  concurrency: { zh: '用工作线程检查：auto、off（默认）或线程数', en: 'Lint in worker threads: auto, off (default) or a number' },
  previous: {
    zh: '上一年度的报告，供跨文档规则（require-plan-followup）对照，本身不检查；可重复',
    en: 'The previous year’s report, given to cross-document rules (require-plan-followup) without being linted; repeatable',
  },
  'suppress-all': { zh: '把当前所有问题记入 fzlint-suppressions.json（基线），本次不再报告', en: 'Record every current finding in fzlint-suppressions.json (a baseline) and report none of them' },
  'prune-suppressions': { zh: '把 fzlint-suppressions.json 中的计数降到仍然存在的问题数', en: 'Lower the counts in fzlint-suppressions.json to the findings that remain' },
  'suppressions-location': { zh: '基线文件（默认 ./fzlint-suppressions.json）', en: 'Suppressions file (default: ./fzlint-suppressions.json)' },
  fix: { zh: '对 .txt 和 .md 文件执行安全的自动修正（原子写入、保留编码），再报告剩下的问题', en: 'Apply safe fixes to .txt and .md files (written atomically, encoding kept), then report what is left' },
  'fix-dry-run': { zh: '以统一 diff 格式在标准输出打印 --fix 会做的修改（报告输出到标准错误），不写文件', en: 'Print the fixes --fix would make as a unified diff on stdout (the report goes to stderr); write nothing' },
  stdin: { zh: '检查从标准输入读入的报告（任意受支持编码的文本、HTML 或 .docx）', en: 'Lint the report read from standard input (text in any supported encoding, HTML or .docx)' },
  'stdin-filename': { zh: '--stdin 读入报告的文件名：决定其格式（.md、.html、.docx…）和适用的配置', en: 'Name of the report read with --stdin: picks its format (.md, .html, .docx…) and configuration' },
  annotate: {
    zh: '为每份报告写一份 Word 批注版 ‹名称›.fzlint.docx（问题作为批注挂在所指文字上），放在原文件旁或所给目录',
    en: 'Write each report as a Word copy with the findings as comments, <name>.fzlint.docx, beside the input or in the given directory',
  },
  debug: { zh: '在标准错误输出内部错误（规则崩溃）和配置错误（插件加载失败）的调用栈', en: 'Print the stack traces of internal errors (a rule that crashed) and configuration errors (a plugin that failed to load) to stderr' },
  help: { zh: '显示帮助信息', en: 'Show help' },
  version: { zh: '显示版本号', en: 'Show version number' },
};

export const USAGE: Text = {
  zh: '检查法治政府建设年度报告（.txt、.md、.html、.docx；目录会被递归查找）。\n\n用法：$0 [路径..] [选项]\n      其他程序 | $0 --stdin [--stdin-filename 报告.docx]\n      $0 --init',
  en: 'Lint annual rule-of-law government reports (.txt, .md, .html, .docx; directories are searched).\n\nUsage: $0 [paths..] [options]\n       other-program | $0 --stdin [--stdin-filename report.docx]\n       $0 --init',
};

/** yargs' own words (y18n keys), in Chinese. English is yargs' default. */
export const YARGS_ZH: Record<string, string | { one: string; other: string }> = {
  'Commands:': '命令：',
  'Options:': '选项：',
  'Examples:': '示例：',
  'Positionals:': '位置参数：',
  boolean: '布尔',
  count: '计数',
  string: '字符串',
  number: '数字',
  array: '数组',
  required: '必需',
  default: '默认值',
  'default:': '默认',
  'choices:': '可选',
  'aliases:': '别名',
  'generated-value': '生成的值',
  command: '命令',
  deprecated: '已弃用',
  'deprecated: %s': '已弃用：%s',
  'Not enough non-option arguments: got %s, need at least %s': { one: '参数不足：给了 %s 个，至少需要 %s 个', other: '参数不足：给了 %s 个，至少需要 %s 个' },
  'Too many non-option arguments: got %s, maximum of %s': { one: '参数过多：给了 %s 个，最多 %s 个', other: '参数过多：给了 %s 个，最多 %s 个' },
  'Missing argument value: %s': { one: '选项缺少取值：%s', other: '这些选项缺少取值：%s' },
  'Missing required argument: %s': { one: '缺少必需的选项：%s', other: '缺少这些必需的选项：%s' },
  'Unknown argument: %s': { one: '无法识别的选项：%s', other: '无法识别这些选项：%s' },
  'Unknown command: %s': { one: '未知命令：%s', other: '未知命令：%s' },
  'Invalid values:': '无效的选项值：',
  'Argument: %s, Given: %s, Choices: %s': '选项 %s 的值为 %s，可选值为 %s',
  'Argument check failed: %s': '选项检查未通过：%s',
  'Implications failed:': '缺少依赖的选项：',
  'Not enough arguments following: %s': '选项 %s 后面缺少取值',
  'Invalid JSON config file: %s': '无效的 JSON 配置文件：%s',
  'Path to JSON config file': 'JSON 配置文件的路径',
  'Show help': '显示帮助信息',
  'Show version number': '显示版本号',
  'Did you mean %s?': '你是不是要输入 %s？',
  'Arguments %s and %s are mutually exclusive': '选项 %s 与 %s 不能同时使用',
};

/** yargs' own words in English (set explicitly: yargs keeps its strings between runs in one process). */
export const YARGS_EN: Record<string, string | { one: string; other: string }> = Object.fromEntries(
  Object.entries(YARGS_ZH).map(([k, v]) => [k, typeof v === 'string' ? k : { one: k, other: k.replace(/^(Unknown|Missing required|Missing) argument(?: value)?:/, (m) => m.replace('argument', 'arguments')) }]),
);

/** The CLI's own messages: each a function of its values, in both languages. */
const M = {
  seeHelp: () => ({ zh: '运行 "fzlint --help" 查看用法。', en: 'Run "fzlint --help" for usage.' }),
  unknownOption: (opt: string, near?: string) => ({
    zh: `无法识别的选项 ${opt}${near ? `。你是不是要输入 ${near}？` : ''}`,
    en: `unknown option ${opt}${near ? `. Did you mean ${near}?` : ''}`,
  }),
  noPaths: () => ({ zh: '请指定要检查的文件或目录。用法：fzlint <文件|目录|通配模式>...', en: 'no paths given. Usage: fzlint <file|directory|glob>...' }),
  stdinFilenameNeedsStdin: () => ({ zh: '--stdin-filename 需要与 --stdin 一起使用', en: '--stdin-filename needs --stdin' }),
  stdinWithPaths: (paths: string) => ({ zh: `--stdin 只从标准输入读入一份报告，但又给出了路径：${paths}`, en: `--stdin reads one report from standard input; paths were also given: ${paths}` }),
  previousUnused: () => ({
    zh: '--previous 未生效：没有启用跨文档规则（require-plan-followup）',
    en: '--previous has no effect: no cross-document rule (require-plan-followup) is enabled',
  }),
  internalError: (msg: string) => ({ zh: `内部错误：${msg}`, en: `internal error: ${msg}` }),
  ruleCrashed: (file: string, rule: string) => ({ zh: `${file}：规则 ${rule} 运行失败：`, en: `${file}: rule ${rule} failed:` }),
  baselineWritten: (file: string, n: number, files: number) => ({
    zh: `${file}：已将 ${files} 个文件中的 ${n} 个现有问题记入基线`,
    en: `${file}: ${n} findings in ${files} files recorded as the baseline`,
  }),
  noBaselineToPrune: (file: string) => ({ zh: `${file}：没有可更新的基线文件；请先用 --suppress-all 创建`, en: `${file}: no suppressions file to prune; create one with --suppress-all` }),
  baselineStale: (file: string, n: number, list: string) => ({
    zh: `${file}：基线中有 ${n} 个问题已不再出现（${list}）；请用 --prune-suppressions 更新基线`,
    en: `${file}: ${n} suppressed findings no longer occur (${list}); run with --prune-suppressions to drop them`,
  }),
  badRuleOption: (value: string, why: string) => ({
    zh: `--rule "${value}" 无法解析：${why}。应写成 --rule "规则ID: 级别" 或 --rule "规则ID: [级别, {选项}]"`,
    en: `--rule "${value}" cannot be read: ${why}. Write --rule "rule-id: level" or --rule "rule-id: [level, {options}]"`,
  }),
  badMinSeverity: (v: string) => ({ zh: `--min-severity 的取值“${v}”无效，应为 info、warn 或 error`, en: `--min-severity "${v}" is not one of info, warn, error` }),
  concurrency: (msg: string) => ({ zh: `--concurrency 的取值无效：${msg}`, en: msg }),
  initExists: (file: string) => ({ zh: `${file} 已经存在，不会覆盖；如需重新生成，请先删除或改名`, en: `${file} already exists and is not overwritten; remove or rename it first` }),
  initWrote: (file: string) => ({ zh: `已写入 ${file}。用编辑器打开它可以看到每一项的说明。`, en: `Wrote ${file}. Open it in an editor: every setting is explained.` }),
  initAskPreset: () => ({
    zh: '从哪个预设开始？ 1) recommended 推荐规则（默认）  2) strict 全部规则 [1]: ',
    en: 'Start from which preset? 1) recommended (default)  2) strict, every rule [1]: ',
  }),
  initAskYear: () => ({
    zh: '报告年度（正文未写明年度时使用；直接回车表示不设置）: ',
    en: 'Report year (used when the text does not state one; press Enter for none): ',
  }),
  initAskLocale: () => ({ zh: '消息语言 zh 或 en [zh]: ', en: 'Language of messages, zh or en [zh]: ' }),
  initBadPreset: (v: string) => ({ zh: `预设“${v}”无效，应为 recommended 或 strict`, en: `preset "${v}" is not recommended or strict` }),
  initBadYear: (v: string) => ({ zh: `报告年度“${v}”无效，应为 1990 到 2100 之间的四位数年份`, en: `report year "${v}" is not a year between 1990 and 2100` }),
  initBadLocale: (v: string) => ({ zh: `语言“${v}”无效，应为 zh 或 en`, en: `language "${v}" is not zh or en` }),
  stepSummaryFailed: (file: string, why: string) => ({ zh: `无法写入 GITHUB_STEP_SUMMARY（${file}）：${why}`, en: `cannot write GITHUB_STEP_SUMMARY (${file}): ${why}` }),
  optionNeedsInit: (opt: string) => ({ zh: `${opt} 只能与 --init 一起使用`, en: `${opt} is only used with --init` }),
} satisfies Record<string, (...a: never[]) => Text>;

export type MessageKey = keyof typeof M;

/** A message in a language. */
export function msg<K extends MessageKey>(locale: Locale, key: K, ...args: Parameters<(typeof M)[K]>): string {
  return ((M[key] as (...a: unknown[]) => Text)(...args))[locale];
}

/**
 * Errors that lower layers word in English (paths, formatters, the output file, the suppressions file),
 * in the CLI's language: each pattern with its Chinese wording. An error matching none is shown as it is.
 */
const ERROR_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^no such file or directory, or no files match: (.*)$/, (m) => `找不到文件或目录，或没有匹配的文件：${m[1]}`],
  [/^--previous: cannot read "(.*)" as a report$/, (m) => `--previous：无法把“${m[1]}”作为报告读取`],
  [/^cannot load formatter "(.*?)": (.*)$/s, (m) => `无法加载格式化模块“${m[1]}”：${m[2]}`],
  [/^formatter module "(.*)" has no default export function$/, (m) => `格式化模块“${m[1]}”没有默认导出函数`],
  [/^unknown format "(.*)"; expected one of (.*) or a path to a module$/, (m) => `未知的输出格式“${m[1]}”，应为 ${m[2].split(', ').join('、')} 之一，或格式化模块的路径`],
  [/^cannot write output file (.*): (.*?)（无法写入输出文件）$/, (m) => `无法写入输出文件 ${m[1]}：${OUTPUT_WHY[m[2]] ?? m[2]}`],
  [/^(.*): malformed JSON: (.*)$/s, (m) => `${m[1]}：JSON 格式错误：${m[2]}`],
  [/^(.*): (.*); expected \{ "<file>": \{ "<rule-id>": \{ "count": <n> \} \} \}$/, (m) => `${m[1]}：基线文件格式不正确（${m[2]}），应为 { "<文件>": { "<规则ID>": { "count": <数量> } } }`],
];

const OUTPUT_WHY: Record<string, string> = { 'permission denied': '没有写入权限', 'is a directory': '这是一个目录', 'a parent is not a directory': '上级路径不是目录', ENOTDIR: '上级路径不是目录', EEXIST: '上级路径不是目录', 'its folder cannot be created': '无法创建其所在文件夹' };

/** An error message from a lower layer in the CLI's language; for an unknown format, the closest format name too. */
export function localizeError(message: string, locale: Locale, near?: (name: string, names: string[]) => string | undefined): string {
  const unknownFormat = /^unknown format "(.*)"; expected one of (.*) or a path to a module$/.exec(message);
  const hint = unknownFormat && near ? near(unknownFormat[1], unknownFormat[2].split(', ')) : undefined;
  if (locale === 'en') return hint ? `${message}. Did you mean "${hint}"?` : message;
  for (const [re, zh] of ERROR_PATTERNS) {
    const m = re.exec(message);
    if (m) return zh(m) + (hint ? `。你是不是要输入“${hint}”？` : '');
  }
  return message;
}
