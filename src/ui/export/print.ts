// Printing the current map view: the composition of ./index.ts on paper (a print sheet made before printing, shown
// by the print stylesheet), on A4 or A3 landscape; Ctrl+P does it too.

import { captureNow } from './capture';
import { h } from '../dom';
import { compose, defaultTitle, furnitureFor, renderImage, type ExportSize } from './index';

let sheet: HTMLElement | null = null;

/** Puts the composed map on the page for printing, on a landscape page of that paper size. */
function showSheet(canvas: HTMLCanvasElement, paper: 'A4' | 'A3'): void {
  sheet?.remove();
  canvas.className = 'print-image';
  sheet = h('div', { className: 'print-sheet', 'aria-hidden': 'true' }, canvas);
  document.body.append(sheet);
  document.body.classList.add('print-map');
  let page = document.getElementById('print-page-size');
  if (!page) {
    page = h('style', { id: 'print-page-size' });
    document.head.append(page);
  }
  // The page's printable height (landscape, 8 mm margins): the image fits on one page.
  const height = paper === 'A3' ? 279 : 192;
  page.textContent = `@page { size: ${paper} landscape; margin: 8mm; } @media print { .print-image { max-height: ${height}mm; } }`;
}

function clearSheet(): void {
  sheet?.remove();
  sheet = null;
  document.body.classList.remove('print-map');
  document.getElementById('print-page-size')?.remove();
}

let printInstalled = false;

/** Printing (Ctrl+P too) puts the composed map on the page: made synchronously from the screen if not ready. */
export function installPrint(): void {
  if (printInstalled) return;
  printInstalled = true;
  document.body.dataset['print'] = 'ready'; // for the tests: the app's start-up listeners are all in place
  window.addEventListener('beforeprint', () => {
    // Only when the map is what is on screen (other views, e.g. compare, print their own layout).
    // A handout (a tour's, ../tour/handout.ts) prints itself.
    const view = document.body.dataset['view'];
    if (sheet || (view && view !== 'tour') || document.body.classList.contains('print-handout')) return;
    const cap = captureNow();
    if (cap) showSheet(compose(cap, furnitureFor(defaultTitle())), 'A4');
  });
  window.addEventListener('afterprint', clearSheet);
}

/** Prints the view on A4 or A3 landscape at 200 dpi. */
export async function printView(size: ExportSize, title = defaultTitle()): Promise<void> {
  installPrint();
  showSheet(await renderImage(size, title), size.id === 'a3' ? 'A3' : 'A4');
  window.print();
}
