// The header's Share: a menu that copies the link to the current view, or gives the embed code (an <iframe> of the
// same view as an embeddable map, ../embed.ts) to copy.

import { activePlan } from '../data/active-plan';
import { embedSnippet } from '../embed';
import { pick, t } from '../i18n/i18n';
import { copyText, h } from './dom';

export function shareMenu(status: HTMLElement): HTMLElement {
  const say = (text: string) => {
    status.textContent = text;
    setTimeout(() => (status.textContent = ''), 4000);
  };
  const code = h('textarea', {
    className: 'share-embed-code',
    readOnly: true,
    rows: 4,
    spellcheck: false,
    'aria-label': t('share.embed'),
  });
  const popover = h(
    'div',
    { className: 'data-popover share-popover', id: 'share-popover', hidden: true },
    h(
      'button',
      {
        type: 'button',
        className: 'btn share-copy-link',
        onclick: () => {
          const url = location.href;
          void copyText(url).then((ok) => say(ok ? t('tools.copied') : url));
        },
      },
      t('share.copyLink'),
    ),
    h('p', { className: 'data-title' }, t('share.embed')),
    h('p', { className: 'share-embed-help' }, t('share.embedHelp')),
    code,
    h(
      'button',
      {
        type: 'button',
        className: 'btn share-copy-embed',
        onclick: () => {
          code.select();
          void copyText(code.value).then((ok) => ok && say(t('share.embedCopied')));
        },
      },
      t('share.copyEmbed'),
    ),
  );
  const button = h(
    'button',
    {
      type: 'button',
      className: 'btn share',
      'aria-expanded': 'false',
      'aria-controls': popover.id,
      onclick: () => setOpen(button.getAttribute('aria-expanded') !== 'true'),
    },
    t('tools.share'),
  );
  const setOpen = (open: boolean) => {
    if (open)
      code.value = embedSnippet(location.href, t('embed.frameTitle', { plan: pick(activePlan().title) }));
    popover.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const el = h('div', { className: 'share-menu' }, button, popover);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      e.stopPropagation();
      setOpen(false);
      button.focus();
    }
  });
  return el;
}

/** Closes the Share menu within `root` unless the press at `target` was inside it (the header's outside press). */
export function closeShareMenu(root: HTMLElement, target: Node): void {
  const menu = root.querySelector<HTMLElement>('.share-menu');
  if (!menu || menu.contains(target)) return;
  menu.querySelector<HTMLElement>('.share-popover')?.setAttribute('hidden', '');
  menu.querySelector('button.share')?.setAttribute('aria-expanded', 'false');
}
