import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { sizeChart } from '../../src/report/size-chart.js';

/**
 * The size chart as GitHub draws it: the summary's ```mermaid block rendered by markdown-it, then handed
 * to the real mermaid browser bundle (loaded from node_modules by file:// URL, no network) in headless
 * Chromium, as GitHub hands `language-mermaid` blocks to mermaid. A chart mermaid cannot parse shows
 * "Syntax error in text" instead of bars, which the text-only unit test cannot see.
 * Screenshot in test-output/rendered/. Skipped where no Chromium is installed.
 */

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const OUT = path.resolve(import.meta.dirname, '../../test-output/rendered');
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const run = promisify(execFile);
const DAY = 86_400_000;

interface Probe {
  error: string | null;
  svgs: number;
  syntaxErrors: number;
  bars: number;
  barHeights: number[];
  xLabels: string[];
  title: string;
}

function page(markdown: string): string {
  const html = new MarkdownIt({ html: true }).render(markdown);
  // mermaid.run is asynchronous; the probe is written when it settles, and --virtual-time-budget lets
  // Chromium finish that work before --dump-dom prints the page.
  const probe = `
  const out = (o) => { document.getElementById('probe').textContent = JSON.stringify(o); };
  for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
    const div = document.createElement('div');
    div.className = 'mermaid';
    div.textContent = code.textContent;
    code.parentElement.replaceWith(div);
  }
  mermaid.initialize({ startOnLoad: false, theme: 'default' });
  mermaid.run({ querySelector: '.mermaid' }).then(
    () => null,
    (e) => String(e && e.message || e),
  ).then((error) => {
    const rects = [...document.querySelectorAll('.mermaid svg g[class^="bar-plot"] rect')];
    out({
      error,
      svgs: document.querySelectorAll('.mermaid svg').length,
      syntaxErrors: [...document.querySelectorAll('svg text')].filter((t) => /Syntax error/i.test(t.textContent)).length,
      bars: rects.length,
      barHeights: rects.map((r) => Number(r.getAttribute('height'))),
      xLabels: [...document.querySelectorAll('.mermaid svg g.bottom-axis g.label text')].map((t) => t.textContent),
      title: [...document.querySelectorAll('.mermaid svg g.chart-title text')].map((t) => t.textContent).join(''),
    });
  });`;
  return `<!doctype html><meta charset="utf-8"><body style="margin:0;padding:24px;background:#fff">
<article class="markdown-body" style="max-width:880px">${html}</article><pre id="probe"></pre>
<script src="${pathToFileURL(MERMAID).href}"></script><script>${probe}</script></body>`;
}

async function view(name: string, markdown: string): Promise<{ probe: Probe; png: Buffer }> {
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.html`);
  await writeFile(file, page(markdown));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--allow-file-access-from-files',
    '--virtual-time-budget=20000',
    '--window-size=1200,900',
  ];
  const shot = path.join(OUT, `${name}.png`);
  await run(CHROMIUM!, [...flags, `--screenshot=${shot}`, pathToFileURL(file).href], { timeout: 90_000 });
  const { stdout } = await run(CHROMIUM!, [...flags, '--dump-dom', pathToFileURL(file).href], {
    timeout: 90_000,
    maxBuffer: 64 << 20,
  });
  const json = /<pre id="probe">(.*?)<\/pre>/s.exec(stdout)?.[1] ?? '{}';
  const probe = JSON.parse(
    json
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ) as Probe;
  return { probe, png: await readFile(shot) };
}

describe.skipIf(!CHROMIUM)('size chart rendered by mermaid in Chromium', () => {
  it('draws one bar per day, a stub bar for each missing night, and no syntax error', async () => {
    const now = new Date('2026-11-29T10:00:00Z');
    const backups = [];
    for (let d = 0; d < 14; d++) {
      if (d === 3 || d === 4) continue;
      backups.push({
        time: new Date(Date.parse('2026-11-29T02:00:00Z') - d * DAY).toISOString(),
        size: (100 + d) * 1024 ** 2,
      });
    }
    const chart = sizeChart(backups, { now, windowSeconds: 14 * 86_400 });
    const { probe, png } = await view('size-chart', `## Backup size\n\n${chart}\n`);

    expect(probe.error).toBeNull();
    expect(probe.syntaxErrors).toBe(0);
    expect(probe.svgs).toBe(1);
    expect(probe.title).toBe('Backup size per day (MiB), last 14 days: 2 without a backup (0)');
    expect(probe.xLabels).toHaveLength(14);
    expect(probe.xLabels[0]).toBe('11-16');
    expect(probe.xLabels[13]).toBe('11-29');
    expect(probe.bars).toBe(14);
    // The two missing nights (11-25, 11-26) are the only stubs (mermaid draws 0 a few px above the axis);
    // the other bars stand in the order of their sizes, 113 MiB on 11-16 down to 100 MiB on 11-29.
    const tallest = Math.max(...probe.barHeights);
    const stubs = probe.barHeights.flatMap((h, i) => (h < tallest * 0.1 ? [i] : []));
    expect(stubs).toEqual([9, 10]);
    const standing = probe.barHeights.filter((_, i) => !stubs.includes(i));
    expect(standing.every((h, i) => i === 0 || h < standing[i - 1])).toBe(true);
    expect(standing.at(-1)! / standing[0]).toBeCloseTo(100 / 113, 1);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
  }, 200_000);

  it('a chart mermaid cannot parse is caught (the check can fail)', async () => {
    const { probe } = await view('size-chart-broken', '```mermaid\nxychart-beta\n    bar [1, 2,, oops]\n```\n');
    expect(probe.error).toMatch(/^Parse error on line 2/);
    expect(probe.syntaxErrors).toBe(1);
    expect(probe.bars).toBe(0);
  }, 200_000);
});
