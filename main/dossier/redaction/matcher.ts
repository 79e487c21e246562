// Finding what must be removed: whole words only ("Анна" never turns "Жанна" into "Ж[удалено]"),
// any case, ё and е alike both ways, any spacing inside a phrase; phone numbers in any written form
// (phones.ts). The same matcher scrubs the data before layout and searches the finished file.
import { nationalNumbers, phoneRanges } from './phones';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The key two spellings share: lower case, ё as е, single spaces. */
export function foldKey(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

function patternOf(text: string): string {
  return escapeRegExp(foldKey(text))
    .replace(/е/g, '[её]')
    .replace(/ /g, '\\s+');
}

export class Matcher {
  private readonly replacements = new Map<string, string>();
  private readonly pattern: RegExp | null;
  private readonly nationals: string[];

  /** `texts`: form → what replaces it. `phones`: E.164 numbers, replaced by `phoneReplacement`. */
  constructor(texts: ReadonlyMap<string, string>, phones: Iterable<string>, private readonly phoneReplacement: string) {
    for (const [text, replacement] of texts) {
      const key = foldKey(text);
      if (key.length > 0 && !this.replacements.has(key)) this.replacements.set(key, replacement);
    }
    this.nationals = nationalNumbers(new Set(phones));
    // Longest first, so "Анна Степанова" is taken whole before "Анна" could split it.
    const keys = [...this.replacements.keys()].sort((a, b) => b.length - a.length);
    this.pattern = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(patternOf).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  }

  get empty(): boolean {
    return this.pattern === null && this.nationals.length === 0;
  }

  replace(input: string): string {
    let out = input;
    if (this.nationals.length > 0) {
      const ranges = phoneRanges(out, this.nationals).sort((a, b) => b[0] - a[0]);
      let until = Infinity;
      for (const [start, end] of ranges) {
        if (end > until) continue; // overlaps one already replaced (they are taken from the end)
        out = `${out.slice(0, start)}${this.phoneReplacement}${out.slice(end)}`;
        until = start;
      }
    }
    if (this.pattern) out = out.replace(this.pattern, (match) => this.replacements.get(foldKey(match)) ?? this.phoneReplacement);
    return out;
  }

  /** Whether anything that should have been removed is in `text` (for reading the output back). */
  finds(text: string): boolean {
    if (this.pattern) {
      this.pattern.lastIndex = 0;
      if (this.pattern.test(text)) return true;
    }
    return phoneRanges(text, this.nationals).length > 0;
  }
}
