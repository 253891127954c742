// A JSON path in the form every validation message of the project uses: `['steps', 2, 'view', 'zoom']` →
// `steps[2].view.zoom`. Shared by the geo validator (build) and the tour schema (build and browser).

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}
