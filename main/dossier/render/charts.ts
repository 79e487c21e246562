// Bar charts drawn as vectors (rectangles and lines, no images), so they print sharp at any size
// and their numbers can be read back. Each chart is one tagged Figure with a text alternative
// listing every value, for readers who cannot see it.
import type { Flow } from './flow';
import { colour, style } from './theme';

export interface Bar {
  label: string;
  value: number;
  /** The bar's own label where the short form would round (money). */
  text?: string | undefined;
}

export interface BarChartSpec {
  title: string;
  bars: readonly Bar[];
  /** Short number for axis ticks and bar labels. */
  short: (value: number) => string;
  alt: string;
  height?: number;
  /** Counts: axis ticks only on whole numbers. */
  integer?: boolean;
}

/** 1, 2, 5 × 10^k at or above `max`, so the axis ends on a round number. */
export function niceCeiling(max: number, integer = false): number {
  if (max <= 0) return integer ? 4 : 1;
  if (integer && max <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function barChart(flow: Flow, spec: BarChartSpec): void {
  const { doc } = flow;
  const height = spec.height ?? 100;
  flow.heading(3, spec.title, height + 30);
  const axisWidth = 34;
  const labelBand = 14;
  const top = flow.y + 10;
  const left = flow.left + axisWidth;
  const plotWidth = flow.width - axisWidth;
  const plotHeight = height - labelBand;
  const max = niceCeiling(Math.max(...spec.bars.map((b) => b.value), 0), spec.integer);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max).filter((v) => !spec.integer || Number.isInteger(v));
  const slot = plotWidth / Math.max(spec.bars.length, 1);
  // Few bars stay slim (a single month must not become a wall); many bars nearly touch.
  const barWidth = Math.min(36, Math.max(0.6, slot * (spec.bars.length > 60 ? 0.85 : 0.68)));
  flow.tag(
    'Figure',
    () => {
      doc.lineWidth(0.4).strokeColor(colour.rule);
      doc.font('sans').fontSize(6.5).fillColor(colour.muted);
      for (const tick of ticks) {
        const y = top + plotHeight - (tick / max) * plotHeight;
        doc.moveTo(left, y).lineTo(left + plotWidth, y).stroke();
        doc.text(spec.short(tick), flow.left, y - 3.5, { width: axisWidth - 4, align: 'right', lineBreak: false });
      }
      const labelWidth = Math.max(...spec.bars.map((b) => doc.widthOfString(b.label)), 1) + 6;
      const every = Math.max(1, Math.ceil(labelWidth / slot));
      spec.bars.forEach((bar, i) => {
        const h = (bar.value / max) * plotHeight;
        const x = left + i * slot + (slot - barWidth) / 2;
        if (h > 0) doc.rect(x, top + plotHeight - h, barWidth, h).fill(colour.bar);
        doc.font('sans').fontSize(6.5).fillColor(colour.muted);
        if (bar.value > 0 && spec.bars.length <= 36 && h >= 0) {
          doc.fillColor(colour.text).text(bar.text ?? spec.short(bar.value), x - 10, top + plotHeight - h - 8, { width: barWidth + 20, align: 'center', lineBreak: false });
        }
        if (i % every === 0) {
          doc.fillColor(colour.muted).text(bar.label, left + i * slot + slot / 2 - labelWidth / 2, top + plotHeight + 3, { width: labelWidth, align: 'center', lineBreak: false });
        }
      });
      doc.lineWidth(0.8).strokeColor(colour.muted).moveTo(left, top + plotHeight).lineTo(left + plotWidth, top + plotHeight).stroke();
    },
    { alt: spec.alt },
  );
  doc.x = flow.left;
  doc.y = top + height + 10;
  void style;
}
