import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/format/rule-page.js';

// The review page (--format html) bundles the pages of the rules with findings: a link from one page to another
// rule's page goes to its copy in the same page, or is only text when that page is not bundled (never a dead link).
describe('rule pages bundled in the review page', () => {
  const md = 'Read as [consistent-year](consistent-year.md) describes; see also [the standard](https://www.gb688.cn/) and [require-sections](require-sections.md#options).';

  it('a link to a bundled rule page becomes an anchor; to one not bundled, its text', () => {
    const html = markdownToHtml(md, (id) => (id === 'consistent-year' ? '#rule-consistent-year' : undefined));
    expect(html).toContain('<a href="#rule-consistent-year">consistent-year</a>');
    expect(html).not.toContain('require-sections.md');
    expect(html).toContain('and require-sections.');
    // other links are left as they are
    expect(html).toContain('<a href="https://www.gb688.cn/">the standard</a>');
  });

  it('without a mapping the page renders as before', () => {
    expect(markdownToHtml(md)).toContain('<a href="consistent-year.md">consistent-year</a>');
  });
});
