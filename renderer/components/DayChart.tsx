// Messages per day as bars: volume and pattern are what prove stalking. Drawn with SVG attributes
// (no style attributes, which the CSP refuses), with a text summary for screen readers.
import type { PatternStats } from '../../shared/imports';
import { calendarDayText, languageOfLocale } from '../../shared/timeFormat';

interface DayChartProps {
  days: PatternStats['perDay'];
  label: string;
  /** "The tallest bar: N …", so the height of the bars means something without an axis. */
  peakLabel: (peak: number) => string;
  locale: string;
}

/** A calendar day ("2024-03-15") as every screen and the PDF write it: "15.03.2024", "15 March 2024". */
const dayText = (day: string, locale: string) => calendarDayText(day, languageOfLocale(locale));

const WIDTH = 640;
const HEIGHT = 160;

export function DayChart({ days, label, peakLabel, locale }: DayChartProps) {
  if (days.length === 0) return null;
  const shown = days.slice(-120);
  const peak = Math.max(1, ...shown.map((day) => day.messages + day.calls));
  const barWidth = WIDTH / shown.length;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
        {shown.map((day, index) => {
          const height = ((day.messages + day.calls) / peak) * (HEIGHT - 4);
          return (
            <rect key={day.day} x={index * barWidth + 1} y={HEIGHT - height} width={Math.max(1, barWidth - 2)} height={height} className="bar">
              <title>{`${day.day}: ${day.messages + day.calls}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="chart-axis">
        <span>{dayText(shown[0]!.day, locale)}</span>
        {shown.length > 1 && <span>{dayText(shown[shown.length - 1]!.day, locale)}</span>}
      </div>
      <figcaption>
        {label}. {peakLabel(peak)}.
      </figcaption>
    </figure>
  );
}
