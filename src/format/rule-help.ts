import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToText, type RuleHelp } from './rule-page.js';

export type { RuleHelp } from './rule-page.js';

/**
 * Reads rules/<id>.md under the package root, once per id; undefined for a rule
 * without a page (a plugin's). The formatters that need pages get this through
 * FormatContext.ruleHelp, so a run that prints stylish reads none.
 */
export function ruleHelpFrom(root: string): (id: string) => RuleHelp | undefined {
  const cache = new Map<string, RuleHelp | undefined>();
  return (id) => {
    if (!cache.has(id)) {
      let help: RuleHelp | undefined;
      // built-in ids are kebab-case; a plugin id (foo/bar) has no page here
      if (/^[a-z0-9-]+$/.test(id)) {
        try {
          const markdown = readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8');
          help = { text: markdownToText(markdown), markdown };
        } catch {
          help = undefined;
        }
      }
      cache.set(id, help);
    }
    return cache.get(id);
  };
}
