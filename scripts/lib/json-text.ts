// Where a text is not JSON, for the build's messages: line and column of an offset, and the fault found by a small
// recursive-descent scan (JSON.parse's messages do not always give a position).

export function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Where and why `text` is not JSON (RFC 8259), or null. JSON.parse's messages do not always give a position
 * ("Unexpected token ']', ... is not valid JSON"), so the fault is located by this small recursive-descent scan.
 */
export function findJsonError(text: string): { pos: number; message: string } | null {
  let i = 0;
  class Fault extends Error {
    constructor(
      readonly pos: number,
      message: string,
    ) {
      super(message);
    }
  }
  const show = (p: number) => (p >= text.length ? 'end of file' : JSON.stringify(text[p]));
  const fail = (message: string, pos = i): never => {
    throw new Fault(pos, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('control character (e.g. a raw line break) inside a string');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape in string');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') fail(`bad number`);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === '}') fail("trailing comma before '}'");
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${show(i)}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after the property name, found ${show(i)}`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value, found ${show(i)}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail("trailing comma before ']'");
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array element, found ${show(i)}`);
      }
    }
    if (c === '"') return string();
    if (c !== undefined && /[-0-9]/.test(c)) return number();
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    if (text.startsWith('NaN', i) || text.startsWith('Infinity', i)) fail('NaN and Infinity are not JSON');
    if (c === '/') fail('comments are not JSON');
    fail(c === undefined ? 'unexpected end of file' : `unexpected ${show(i)}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${show(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Fault) return { pos: e.pos, message: e.message };
    throw e;
  }
}
