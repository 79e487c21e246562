// Search snippets in her own spelling. The index holds text with ё folded to е (search.ts), so
// FTS5's snippet() would show "Алена" where she wrote "Алёна". We ask FTS5 for the whole indexed
// text with its matches marked (highlight()), put her original characters back position by position
// (the folding is one UTF-16 unit for one), and cut the few words around the first match ourselves.

/** Match markers no typed text holds, so brackets she wrote are not taken for matches. */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';

const WORDS_BEFORE = 4;
const WORDS_IN_SNIPPET = 12;

/** `highlighted`: the indexed (folded) text with MATCH_OPEN/CLOSE round each match; `original`: the
 *  same text before folding. Returns words around the first match, matches in [ and ], or null when
 *  the two texts do not line up (an index written by other code), so the caller can fall back. */
export function snippetInHerSpelling(highlighted: string, original: string, fold: (text: string) => string): string | null {
  const folded = fold(original);
  let restored = '';
  let at = 0;
  for (let i = 0; i < highlighted.length; i += 1) {
    const unit = highlighted[i]!;
    if (unit === MATCH_OPEN) restored += '[';
    else if (unit === MATCH_CLOSE) restored += ']';
    else {
      if (folded[at] !== unit) return null;
      restored += original[at];
      at += 1;
    }
  }
  if (at !== folded.length) return null;
  return aroundFirstMatch(restored);
}

function aroundFirstMatch(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const first = Math.max(0, words.findIndex((word) => word.includes('[')));
  const start = Math.max(0, first - WORDS_BEFORE);
  const end = Math.min(words.length, start + WORDS_IN_SNIPPET);
  const cut = words.slice(start, end).join(' ');
  return `${start > 0 ? '…' : ''}${cut}${end < words.length ? '…' : ''}`;
}
