// A labelled text field of the editor, its value set as it is typed.

import { h } from '../dom';

export interface FieldOptions {
  area?: boolean;
  cls?: string;
  lang?: string;
}

export function textField(
  label: string,
  value: string,
  set: (v: string) => void,
  opts: FieldOptions = {},
): HTMLElement {
  const input = opts.area
    ? h('textarea', { className: opts.cls ?? '', rows: 3, lang: opts.lang })
    : h('input', { type: 'text', className: opts.cls ?? '', lang: opts.lang });
  input.value = value;
  input.addEventListener('input', () => set(input.value));
  return h('label', { className: 'te-field' }, h('span', {}, label), input);
}
