import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs script without type declarations
import { MARKS, shellBlocks } from '../../scripts/readme-blocks.mjs';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');
/** Just what these tests read of a workflow (or of a README excerpt of one). */
interface Scheduled {
  on: { schedule: { cron: string }[] };
}
const workflow = (name: string) =>
  parse(readFileSync(path.join(REPO, '.github', 'workflows', name), 'utf8')) as Scheduled;

/** The README's fenced yaml blocks, parsed, with their first line (the file they excerpt, if any). */
function yamlBlocks(): { title: string; text: string; doc: Scheduled }[] {
  return [...README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => ({
    title: m[1].split('\n')[0],
    text: m[1],
    doc: parse(m[1]),
  }));
}

describe('README.md', () => {
  it('marks every shell block runnable or example-needs-credentials; .ci/run runs the runnable ones', () => {
    const blocks = shellBlocks(README) as { line: number; mark?: string }[];
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.filter((b) => !MARKS.includes(b.mark)).map((b) => `README.md:${b.line}`)).toEqual([]);
    expect(blocks.filter((b) => b.mark === 'runnable').length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(path.join(REPO, '.ci', 'run'), 'utf8')).toMatch(/^node scripts\/readme-blocks\.mjs$/m);
  });

  it("the verify and drill snippets keep their workflows' schedules", () => {
    const snippets = yamlBlocks();
    const verify = snippets.find((b) => b.title === '# .github/workflows/verify-backup.yml')!;
    const drill = snippets.find((b) => b.title === '# .github/workflows/restore-drill.yml (excerpt)')!;
    expect(verify.doc.on.schedule[0].cron).toBe(workflow('verify-backup.yml').on.schedule[0].cron);
    expect(drill.doc.on.schedule[0].cron).toBe(workflow('restore-drill.yml').on.schedule[0].cron);
  });

  it('every secret and variable a snippet uses is one the configuration table names', () => {
    const table = new Set(
      [...README.matchAll(/^\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \| (?:variable|secrets?) \|/gm)].flatMap((m) =>
        [...m[1].matchAll(/`([A-Z_]+)`/g)].map((n) => n[1]),
      ),
    );
    expect(table).toContain('LIFEBOAT_SOURCE');
    const used = yamlBlocks().flatMap((b) => [...b.text.matchAll(/\b(?:secrets|vars)\.([A-Z_]+)/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !table.has(name))).toEqual([]);
  });

  it("the check table lists every check verify reports, the manifest's included", () => {
    const listed = [...README.matchAll(/^\| `([a-z-]+)` \| /gm)].map((m) => m[1]);
    const reported = new Set<string>();
    for (const dir of ['verify', 'bytes', 'discovery', 'github']) {
      for (const file of readdirSync(path.join(REPO, 'src', dir))) {
        const text = readFileSync(path.join(REPO, 'src', dir, file), 'utf8');
        for (const m of text.matchAll(/\bid: '([a-z-]+)'|\b(?:check|notChecked)\('([a-z-]+)'/g)) reported.add(m[1] ?? m[2]);
      }
    }
    expect(reported).toContain('manifest');
    expect([...reported].filter((id) => !listed.includes(id))).toEqual([]);
  });
});
