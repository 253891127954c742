// The plan taken out of the app: the built-in tour as a slide deck (PPTX; LibreOffice converts it to a PDF with a
// page per slide whose text holds every step's title and clauses), as a handout (printed to PDF: A4, two steps a
// page, every quote as text), a deck cancelled half way (no file); and the embeddable map in an <iframe> (a place
// card, no header, a link to the full app), with the Share menu's embed code.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server';
import { useBrowser } from './browser';
import { offMachine, openPage, waitForMapReady } from './driver';

const appUrl = inject('appUrl');
const browser = useBrowser();
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-deck-'));
/** `DECK_E2E_KEEP=<folder>` keeps the deck, its PDF and the handout there, to look at. */
const keep = process.env['DECK_E2E_KEEP'];
afterAll(() => {
  if (keep) fs.cpSync(tmp, keep, { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Part {
  quote?: string;
  clause?: string;
  cites?: string[];
  gloss_en?: string;
}
interface Step {
  title: string;
  title_en?: string;
  caption: Part[];
  notes: string;
}
const tour = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'content/shanghai-14fyp/tours/overview.json'), 'utf8'),
) as { title: string; steps: Step[] };
const citations = (s: Step) => [
  ...new Set(s.caption.flatMap((p) => (p.clause ? [p.clause] : (p.cites ?? [])))),
];

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
/** Text without its white space: a line break in the PDF falls anywhere in a quote. */
const flat = (s: string) => s.replace(/\s+/g, '');

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

async function openTour(lang = 'zh'): Promise<{
  page: Page;
  errors: string[];
  requests: string[];
  close(): Promise<void>;
}> {
  const s = await openPage(browser(), `${appUrl}?lang=${lang}#/tour/overview/1`, undefined, {
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  await waitForMapReady(s.page);
  await s.page.locator('.tour[data-state="ready"]').waitFor();
  return s;
}

describe('the tour taken out of the app', () => {
  if (!has('pdfinfo') || !has('pdftotext'))
    throw new Error(
      'pdfinfo and pdftotext are missing: install poppler-utils (apt-get install poppler-utils).',
    );

  it('as slides: a PPTX with a title slide, a slide per step and a sources slide', async () => {
    const s = await openTour();
    const { page } = s;
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.locator('.tour-export-slides').click(),
      // Progress is shown, steps done of steps.
      page.locator(`.out-progress[data-total="${tour.steps.length}"]`).waitFor(),
    ]);
    const file = path.join(tmp, 'overview.pptx');
    await download.saveAs(file);
    const ms = Date.now() - started;
    await page.locator('.tour[data-take-out="slides:done"]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.out-progress').count()).toBe(0);
    expect(download.suggestedFilename()).toBe('shanghai-14fyp-overview.pptx');
    const bytes = fs.statSync(file).size;
    console.log(
      `deck: ${tour.steps.length + 2} slides, ${(bytes / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s`,
    );
    // Every step's speaker notes are in the slides' notes.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const names = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    const notes = (await Promise.all(names.map((n) => zip.file(n)!.async('string'))))
      .join('\n')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    for (const [i, step] of tour.steps.entries())
      expect(notes, `step ${i + 1}: its notes`).toContain(step.notes);

    if (!has('soffice')) {
      console.warn(
        'soffice is absent: the LibreOffice check of the deck is skipped (apt-get install libreoffice-impress)',
      );
    } else {
      const t0 = Date.now();
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, file], {
        timeout: 240_000,
        stdio: 'ignore',
        // A profile of its own, away from anyone else's LibreOffice.
        env: { ...process.env, HOME: tmp },
      });
      const pdf = path.join(tmp, 'overview.pdf');
      console.log(`deck: converted by LibreOffice in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      expect(pdfPages(pdf)).toBe(tour.steps.length + 2);
      const text = flat(pdfText(pdf));
      expect(text).toContain(flat(tour.title));
      for (const [i, step] of tour.steps.entries()) {
        expect(text, `step ${i + 1}: its title`).toContain(flat(step.title));
        for (const id of citations(step)) expect(text, `step ${i + 1}: clause ${id}`).toContain(`〔${id}`);
      }
    }
    expect(offMachine(s.requests)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  }, 600_000);

  it('as a handout, in English: an A4 PDF, two steps a page, every quote as text with its gloss marked', async () => {
    const s = await openTour('en');
    const { page } = s;
    // The browser's print dialog stands in for itself here: the test prints the page to PDF.
    await page.evaluate(() => {
      window.print = () => void (document.body.dataset['printed'] = 'true');
    });
    const started = Date.now();
    await Promise.all([
      page.locator('.tour-export-handout').click(),
      page.locator(`.out-progress[data-total="${tour.steps.length}"]`).waitFor(),
    ]);
    await page.locator('body[data-printed="true"][data-handout="ready"]').waitFor({ timeout: 300_000 });
    const pdf = path.join(tmp, 'handout.pdf');
    fs.writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const ms = Date.now() - started;
    const bytes = fs.statSync(pdf).size;
    const pages = pdfPages(pdf);
    console.log(`handout: ${pages} pages, ${(bytes / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s`);
    // Two steps a page, the sources in the place of one more.
    expect(pages).toBe(Math.ceil((tour.steps.length + 1) / 2));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/,
    );
    const text = flat(pdfText(pdf));
    expect(text).toContain(flat('上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要'));
    expect(text).toContain(new Date().toISOString().slice(0, 10));
    for (const [i, step] of tour.steps.entries()) {
      expect(text, `step ${i + 1}: its title`).toContain(flat(step.title_en ?? step.title));
      for (const p of step.caption) {
        if (p.quote) expect(text, `step ${i + 1}: its quote`).toContain(flat(p.quote));
        // The plan's words stay Chinese; the tour's English gloss comes after its marker.
        if (p.gloss_en)
          expect(text, `step ${i + 1}: a gloss marked`).toContain(
            flat(`(unofficial translation) ${p.gloss_en}`),
          );
      }
      for (const id of citations(step)) expect(text, `step ${i + 1}: clause ${id}`).toContain(id);
    }
    // Printing over, the handout leaves the page.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.locator('.handout').count()).toBe(0);
    expect(s.errors).toEqual([]);
    await s.close();
  }, 600_000);

  it('a deck cancelled half way: no file, back at the step', async () => {
    const s = await openTour();
    const { page } = s;
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.locator('.tour-export-slides').click();
    await page.locator('.out-progress[data-done="2"]').waitFor();
    await page.locator('.out-cancel').click();
    await page.locator('.tour[data-take-out="slides:cancelled"]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.out-progress').count()).toBe(0);
    await page.locator('.tour[data-step="1"][data-camera="still"]').waitFor({ state: 'attached' });
    expect(downloads).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  }, 300_000);
});

describe('the embeddable map', () => {
  it('in an iframe: the map, its legend and a place card, no header; a link to the full app', async () => {
    const s = await openPage(browser(), `${appUrl}?lang=zh#/place/metro-14`);
    const { page } = s;
    await waitForMapReady(page);
    // The Share menu gives the embed code of this view.
    await page.locator('button.btn.share').click();
    const snippet = await page.locator('.share-embed-code').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]*embed=1[^"]*#\/place\/metro-14[^"]*" title="[^"]+"/);
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    // An article with the snippet in it, on a site of its own (another origin), served beside the app.
    const site = path.join(tmp, 'article');
    fs.mkdirSync(site, { recursive: true });
    fs.writeFileSync(
      path.join(site, 'index.html'),
      `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><h1>An article</h1>${snippet}</body></html>`,
    );
    const article = await serveStatic(site, '/news/');
    await page.goto(article.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('#map[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await frame.locator('.place-card[data-place-id="metro-14"]').waitFor();
    await frame.locator('details.legend').waitFor();
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.locator('.header-tools, .search-host').count()).toBe(0);
    const open = frame.locator('a.embed-open');
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toBe('noopener');
    const href = (await open.getAttribute('href'))!;
    expect(href).not.toContain('embed=');
    expect(href).toContain('#/place/metro-14');
    expect(new URL(src).searchParams.get('lang')).toBe('zh');
    expect(offMachine(s.requests)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
    await article.close();
  });
});
