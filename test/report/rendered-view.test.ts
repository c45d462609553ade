import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { rendered } from './golden-reports.js';

/**
 * What a person sees: the job summary and the issue of a corrupt backup, rendered as GitHub-flavoured
 * Markdown (markdown-it with GitHub's table rules) in headless Chromium at 1,200 px. The failing reason
 * must be on screen without scrolling sideways. Screenshots stay in test-output/rendered/ to look at.
 * Skipped where no Chromium is installed (`apt-get install chromium`); the goldens cover the text.
 */

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const OUT = path.resolve(import.meta.dirname, '../../test-output/rendered');
const run = promisify(execFile);

// The parts of GitHub's markdown CSS that decide widths; 880 px is an issue's text column at 1,200 px.
const CSS = `
body { margin: 0; padding: 24px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.markdown-body { max-width: 880px; overflow-wrap: break-word; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body code { padding: .2em .4em; font-size: 85%; background: rgba(175,184,193,.2); border-radius: 6px; }
`;

function page(markdown: string, reason: string): string {
  const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
  // Measured in the page once laid out; --dump-dom prints the DOM with the result in it.
  const probe = `
  const reason = ${JSON.stringify(reason)};
  const cells = [...document.querySelectorAll('td, p')].filter((el) => el.textContent.includes(reason));
  const rect = cells[0] ? cells[0].getBoundingClientRect() : null;
  const tables = [...document.querySelectorAll('table')];
  document.getElementById('probe').textContent = JSON.stringify({
    found: cells.length,
    reasonLeft: rect && rect.left, reasonRight: rect && rect.right,
    pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth,
    scrollingTables: tables.filter((t) => t.scrollWidth > t.clientWidth + 1).length,
  });`;
  return `<!doctype html><meta charset="utf-8"><style>${CSS}</style><article class="markdown-body">${html}</article><pre id="probe"></pre><script>${probe}</script>`;
}

interface Probe {
  found: number;
  reasonLeft: number;
  reasonRight: number;
  pageWidth: number;
  viewport: number;
  scrollingTables: number;
}

async function view(name: string, markdown: string, reason: string): Promise<{ probe: Probe; png: Buffer }> {
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.html`);
  await writeFile(file, page(markdown, reason));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=1200,1600'];
  const shot = path.join(OUT, `${name}.png`);
  await run(CHROMIUM!, [...flags, `--screenshot=${shot}`, `file://${file}`], { timeout: 60_000 });
  const { stdout } = await run(CHROMIUM!, [...flags, '--dump-dom', `file://${file}`], {
    timeout: 60_000,
    maxBuffer: 16 << 20,
  });
  const json = /<pre id="probe">(.*?)<\/pre>/s.exec(stdout)?.[1] ?? '{}';
  return { probe: JSON.parse(json.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Probe, png: await readFile(shot) };
}

describe.skipIf(!CHROMIUM)('rendered in Chromium at 1,200 px', () => {
  it('corrupt backup: the failing reason is visible without horizontal scrolling, in the summary and the issue', async () => {
    const { summary, issues } = await rendered('corrupt');
    const reason = 'data for app.events ends after 914 rows: archive truncated';
    for (const [name, markdown] of [
      ['corrupt-summary', summary],
      ['corrupt-issue', `# ${issues[0].title}\n\n${issues[0].body}`],
    ] as const) {
      const { probe, png } = await view(name, markdown, reason);
      expect(probe.found, name).toBeGreaterThan(0);
      expect(probe.viewport, name).toBe(1200);
      expect(probe.pageWidth, name).toBeLessThanOrEqual(1200);
      expect(probe.reasonRight, name).toBeLessThanOrEqual(24 + 880);
      expect(probe.scrollingTables, name).toBe(0);
      // A real PNG, 1,200 px wide (IHDR width at byte 16).
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
    }
  });
});
