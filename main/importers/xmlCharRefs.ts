// Repairs numeric character references that a strict XML parser would reject.
//
// Why: "SMS Backup & Restore" writes each UTF-16 code unit of an emoji as its own reference,
// e.g. "&#55357;&#56832;" for 😀 (U+1F600). XML 1.0 §4.1 (WFC: Legal Character) forbids
// references to surrogates, so saxes stops at the first emoji. We join a high+low pair into the
// real character, turn a lone surrogate (or a reference to a control character XML forbids, such
// as &#1;) into U+FFFD, and leave every valid reference alone for the parser. Works on a stream:
// the tail that could be the first half of a reference or of a pair is held back for the next
// chunk.

const REF = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g;
const TRAILING_REF = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));$/;
/** Longest reference we hold back for: "&#x10FFFF;" is 10 characters, decimal "&#1114111;" 10. */
const MAX_PENDING = 24;

function codeOf(hex: string | undefined, dec: string | undefined): number {
  return hex !== undefined ? parseInt(hex, 16) : Number(dec);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** Repairs every reference in a complete piece of text. */
export function repairCharRefs(text: string): string {
  if (!text.includes('&#')) return text;
  let out = '';
  let last = 0;
  let pendingHigh: { code: number; start: number; end: number } | null = null;
  const flushHigh = (): void => {
    if (pendingHigh) {
      out += text.slice(last, pendingHigh.start) + '\uFFFD';
      last = pendingHigh.end;
      pendingHigh = null;
    }
  };
  for (const m of text.matchAll(REF)) {
    const start = m.index;
    const end = start + m[0].length;
    const code = codeOf(m[1], m[2]);
    if (pendingHigh && !(isLow(code) && pendingHigh.end === start)) flushHigh();
    if (isHigh(code)) {
      pendingHigh = { code, start, end };
      continue;
    }
    if (isLow(code) && pendingHigh) {
      const pair = String.fromCharCode(pendingHigh.code, code);
      out += text.slice(last, pendingHigh.start) + pair;
      last = end;
      pendingHigh = null;
      continue;
    }
    if (!isXmlChar(code)) {
      out += text.slice(last, start) + '\uFFFD';
      last = end;
    }
  }
  flushHigh();
  return out + text.slice(last);
}

/** Stateful version for chunked input: push() returns text that is safe to hand to the parser. */
export class CharRefRepairer {
  private pending = '';

  push(chunk: string): string {
    const text = this.pending + chunk;
    let cut = text.length;
    const amp = text.lastIndexOf('&');
    // An '&' near the end with no ';' after it may be an incomplete reference.
    if (amp >= 0 && text.length - amp <= MAX_PENDING && text.indexOf(';', amp) === -1) cut = amp;
    // A complete high-surrogate reference right before the cut is waiting for its low half.
    const before = TRAILING_REF.exec(text.slice(Math.max(0, cut - MAX_PENDING), cut));
    if (before && isHigh(codeOf(before[1], before[2]))) cut -= before[0].length;
    this.pending = text.slice(cut);
    return repairCharRefs(text.slice(0, cut));
  }

  end(): string {
    const rest = repairCharRefs(this.pending);
    this.pending = '';
    return rest;
  }
}
