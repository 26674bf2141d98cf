/**
 * Documentation links: every doc the README links exists, every relative link in docs/ (and the
 * README, CHANGELOG, templates' own docs) resolves to a file, and `#anchors` into Markdown files
 * name a heading there (GitHub's slug rules).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
  });
}

/** Inline links and images `[text](target)`, outside fenced code blocks. */
function links(markdown: string): string[] {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

/** GitHub heading anchors of a Markdown file. */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = m[1]!
      .toLowerCase()
      .replace(/[`*_[\]()]/g, '')
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function broken(file: string): string[] {
  const bad: string[] = [];
  for (const target of links(readFileSync(file, 'utf8'))) {
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto: …
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const resolved = path === '' ? file : normalize(join(dirname(file), decodeURIComponent(path)));
    if (!existsSync(resolved)) {
      bad.push(`${file}: ${target} (no ${resolved})`);
      continue;
    }
    if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor))
      bad.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
  }
  return bad;
}

const docs = markdownFiles('docs');

describe('documentation links', () => {
  it('the README has a Guides section linking every guide, and each exists', () => {
    const readme = readFileSync('README.md', 'utf8');
    const guides = /^## Guides\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
    const linked = links(guides)
      .filter((l) => l.startsWith('docs/'))
      .map((l) => l.split('#')[0]);
    for (const doc of [
      'getting-started-github.md',
      'getting-started-azure-devops.md',
      'strategies.md',
      'migrating.md',
      'troubleshooting.md',
      'marketplace.md',
      'decisions/0001-one-engine-three-adapters.md',
    ]) {
      expect(linked).toContain(`docs/${doc}`);
    }
    for (const l of links(readme).filter((l) => l.startsWith('docs/')))
      expect(existsSync(l.split('#')[0]!), l).toBe(true);
  });

  it.each(['README.md', 'CHANGELOG.md', ...docs])('%s: every relative link resolves', (file) => {
    expect(broken(file)).toEqual([]);
  });

  it('the checker catches a broken link and a missing anchor (it can fail)', () => {
    expect(links('see [a](missing.md) and `[b](ignored.md)`\n```\n[c](ignored.md)\n```\n')).toEqual(['missing.md']);
    expect(anchors('docs/getting-started-github.md').has('2-role-assignments-least-privilege-per-stage')).toBe(true);
    expect(anchors('docs/getting-started-github.md').has('no-such-heading')).toBe(false);
  });

  it('tells the current state: no guide says a stage is unavailable, and what was not checked here stays marked', () => {
    // Every stage is implemented: no guide may still say one is planned, arrives with an issue or is
    // not implemented.
    const stale = [
      /arrive[sd]? with issue #\d/i,
      /planned \(issue #\d/i,
      /until (they land|the issue ships|your version (includes|has) them)/i,
      /what works today/i,
      /stage '[a-z]+' is not implemented yet \(tracked in issue #[456]/i,
      /\b(bake|publish|deploy|rollback|cleanup)\b[^.\n]{0,40}\bnot implemented yet/i,
    ];
    for (const doc of [...docs, 'README.md', 'CHANGELOG.md']) {
      const text = readFileSync(doc, 'utf8');
      for (const pattern of stale) expect(text, `${doc}: ${pattern}`).not.toMatch(pattern);
    }
    // Every guide that explains stages says what is (not) verified against real Azure.
    for (const doc of [
      'docs/strategies.md',
      'docs/getting-started-github.md',
      'docs/getting-started-azure-devops.md',
      'docs/migrating.md',
      'docs/marketplace.md',
    ]) {
      expect(readFileSync(doc, 'utf8'), doc).toMatch(
        /(not|never|nothing)[^.]{0,80}real Azure|real Azure subscription/i,
      );
    }
    expect(readFileSync('docs/strategies.md', 'utf8')).toMatch(/Not compiled here: (there is )?no Bicep compiler/i);
    // The strategy guide documents what the engine does now.
    const strategies = readFileSync('docs/strategies.md', 'utf8');
    for (const heading of ['the-release-record', 'rollback', 'the-deploy-lock', 'plan-mode'])
      expect(anchors('docs/strategies.md').has(heading), heading).toBe(true);
    expect(strategies).toMatch(/ONE write of the load balancer/);
    expect(strategies).toMatch(/production never took the\s+new version/);
  });

  it('the decision records exist and the README links them', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const d of [
      '0001-one-engine-three-adapters.md',
      '0002-plan-first-then-lock.md',
      '0003-github-bundle-startup.md',
      '0004-local-azure-emulator.md',
    ]) {
      expect(existsSync(`docs/decisions/${d}`), d).toBe(true);
      expect(readme).toContain(`docs/decisions/${d}`);
    }
  });
});
