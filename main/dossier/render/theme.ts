// Looks: calm and plain (PRODUCT.md "How it should feel"): one dark blue for headings and charts,
// greys for rules and shading, no alarming colours. Sizes are for print: 9.5 pt body reads well on
// A4 and Letter, tables go one step smaller.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** DejaVu covers Latin, Cyrillic (ў і ’ є ї ґ № « ») and the symbols we print; embedded as
 *  subsets, so the PDF/A file carries everything it needs (STACK.md). */
export function fontPaths() {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  // Emoji: monochrome Noto Emoji (pdfkit cannot draw colour glyphs), for what DejaVu lacks.
  const emoji = dirname(require.resolve('@expo-google-fonts/noto-emoji/package.json'));
  return {
    sans: join(dir, 'DejaVuSans.ttf'),
    bold: join(dir, 'DejaVuSans-Bold.ttf'),
    mono: join(dir, 'DejaVuSansMono.ttf'),
    emoji: join(emoji, '400Regular', 'NotoEmoji_400Regular.ttf'),
  };
}

export const colour = {
  text: '#1b1f24',
  muted: '#5b6470',
  accent: '#1f3a5f',
  accentLight: '#e8eef5',
  rule: '#c9d1da',
  zebra: '#f5f7f9',
  bar: '#3b5f8a',
  barAlt: '#7f99b8',
};

export interface TextStyle {
  font: 'sans' | 'bold' | 'mono';
  size: number;
  colour: string;
  lineGap: number;
}

export const style = {
  body: { font: 'sans', size: 9.5, colour: colour.text, lineGap: 2 },
  strong: { font: 'bold', size: 9.5, colour: colour.text, lineGap: 2 },
  small: { font: 'sans', size: 8, colour: colour.muted, lineGap: 1.5 },
  cell: { font: 'sans', size: 8, colour: colour.text, lineGap: 1 },
  cellBold: { font: 'bold', size: 8, colour: colour.text, lineGap: 1 },
  header: { font: 'bold', size: 7.5, colour: colour.accent, lineGap: 1 },
  label: { font: 'bold', size: 8.5, colour: colour.muted, lineGap: 1.5 },
  mono: { font: 'mono', size: 7.5, colour: colour.text, lineGap: 1 },
  h1: { font: 'bold', size: 17, colour: colour.accent, lineGap: 2 },
  h2: { font: 'bold', size: 12, colour: colour.accent, lineGap: 2 },
  h3: { font: 'bold', size: 10, colour: colour.text, lineGap: 2 },
  title: { font: 'bold', size: 26, colour: colour.accent, lineGap: 4 },
} satisfies Record<string, TextStyle>;

export type StyleName = keyof typeof style;

export const PAGE = {
  margin: { top: 56, bottom: 62, left: 56, right: 56 },
  footerGap: 22,
};
