import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Locale } from '../engine/types.js';

/** A message in both languages the tool speaks. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A problem with configuration: names the file and the place; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  readonly code = 'FZLINT_CONFIG';
  /** The message in English (`message` is the Chinese one, the default language). */
  readonly messageEn: string;
  constructor(
    message: string | Bilingual,
    readonly file?: string,
    /** `cause`: the underlying error (a plugin's own exception), whose stack --debug prints. */
    options?: { cause?: unknown },
  ) {
    const m = typeof message === 'string' ? { zh: message, en: message } : message;
    super(file ? `${file}: ${m.zh}` : m.zh, options);
    this.messageEn = file ? `${file}: ${m.en}` : m.en;
  }

  /** The message in a language. */
  localized(locale: Locale | undefined): string {
    return locale === 'en' ? this.messageEn : this.message;
  }
}

/** What went wrong, by jsonc-parser's error code. */
const PARSE_ERRORS: Record<string, Bilingual> = {
  InvalidSymbol: { zh: '此处有无法识别的内容（键名和字符串须加双引号）', en: 'unexpected symbol (keys and strings need double quotes)' },
  InvalidNumberFormat: { zh: '数字格式不正确', en: 'invalid number' },
  PropertyNameExpected: { zh: '此处应为带双引号的键名', en: 'expected a double-quoted property name' },
  ValueExpected: { zh: '此处应为一个值', en: 'expected a value' },
  ColonExpected: { zh: '键名后缺少冒号“:”', en: "expected ':' after the property name" },
  CommaExpected: { zh: '缺少逗号“,”', en: "expected ','" },
  CloseBraceExpected: { zh: '缺少右花括号“}”', en: "expected '}'" },
  CloseBracketExpected: { zh: '缺少右方括号“]”', en: "expected ']'" },
  EndOfFileExpected: { zh: '配置已经结束，后面不应再有内容', en: 'expected the end of the file' },
  InvalidCommentToken: { zh: '注释写法不正确', en: 'invalid comment' },
  UnexpectedEndOfComment: { zh: '块注释没有结束（缺少“*/”）', en: "unterminated comment (missing '*/')" },
  UnexpectedEndOfString: { zh: '字符串没有结束（缺少右双引号）', en: 'unterminated string' },
  UnexpectedEndOfNumber: { zh: '数字没有写完', en: 'unterminated number' },
  InvalidUnicode: { zh: '\\u 转义不正确', en: 'invalid \\u escape' },
  InvalidEscapeCharacter: { zh: '反斜杠转义不正确', en: 'invalid escape character' },
  InvalidCharacter: { zh: '字符串中有控制字符（如换行），请改用转义', en: 'control character in a string' },
};

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** The message for a jsonc-parser error, with its line and column. */
export function describeParseError(text: string, error: ParseError): Bilingual {
  const { line, column } = lineColumn(text, error.offset);
  const code = printParseErrorCode(error.error);
  const what = PARSE_ERRORS[code] ?? { zh: code, en: code };
  return { zh: `JSON 格式错误（第 ${line} 行第 ${column} 列）：${what.zh}`, en: `malformed JSON: ${what.en} (line ${line}, column ${column})` };
}

/**
 * Parse a config file's text: JSON with comments (// and /* *\/) and trailing commas, as ESLint's and
 * textlint's JSON configs allow. A leading BOM is skipped. A malformed file throws a ConfigError that
 * names the first fault's line and column.
 */
export function parseConfigText(text: string, file?: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length || !tree) throw new ConfigError(describeParseError(body, errors[0] ?? { error: 0, offset: 0, length: 0 }), file);
  return valueOf(tree);
}

/**
 * The value of a parsed node, as JSON.parse gives it: every key an own property —
 * jsonc-parser's own `parse` assigns keys, so a key "__proto__" would set the
 * object's prototype instead (a config must never reach Object.prototype).
 */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, key.value as string, { value: valueOf(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}
