// Messages and calls over time as bars: volume and pattern are what prove stalking. A bar is a day,
// a week, a month or a year (chartBins.ts), empty bars keep the gaps, both axes are labelled, and the same
// numbers are in a table for screen readers and for anyone who wants them exact. Drawn with SVG
// attributes only (no style attributes, which the CSP refuses).
import type { PatternStats } from '../../shared/imports';
import { useApp } from '../state/AppContext';
import { binDays, tickIndexes, YEARS_LIMIT, type Bin } from './chartBins';
import { dayText } from './importDates';

interface DayChartProps {
  days: PatternStats['perDay'];
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 44;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 34;

export function DayChart({ days }: DayChartProps) {
  const { t, settings } = useApp();
  const { unit, bins, continuous } = binDays(days);
  if (bins.length === 0) return null;
  const peak = Math.max(1, ...bins.map((bin) => bin.count));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / bins.length;
  const barWidth = Math.max(1, Math.min(step - (step > 4 ? 2 : 0), 48));
  const day = (d: string) => dayText(d, settings.language);
  const year = (d: string) => String(Number(d.slice(0, 4)));
  const binText = (bin: Bin) => (unit === 'year' ? year(bin.start) : bin.start === bin.end ? day(bin.start) : `${day(bin.start)} – ${day(bin.end)}`);
  const tick = (bin: Bin) => (unit === 'year' ? year(bin.start) : day(bin.start));
  const title = t(`import.chartTitle_${unit}`);
  const summary = t('import.chartSummary', { from: day(bins[0]!.start), to: day(bins[bins.length - 1]!.end), peak, total: bins.reduce((sum, bin) => sum + bin.count, 0) });
  return (
    <figure className="chart" aria-labelledby="chart-title">
      <figcaption id="chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}`}>
        {/* The count axis: zero and the tallest bar, with its name. */}
        <line className="axis" x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + plotHeight} />
        <line className="axis" x1={LEFT} y1={TOP + plotHeight} x2={WIDTH - RIGHT} y2={TOP + plotHeight} />
        <text className="tick" x={LEFT - 4} y={TOP + plotHeight} textAnchor="end" dominantBaseline="middle">
          0
        </text>
        <text className="tick" x={LEFT - 4} y={TOP + 4} textAnchor="end" dominantBaseline="middle">
          {peak}
        </text>
        <text className="axis-name" transform={`translate(12 ${TOP + plotHeight / 2}) rotate(-90)`} textAnchor="middle">
          {t('import.chartCountAxis')}
        </text>
        {bins.map((bin, index) => {
          const height = (bin.count / peak) * plotHeight;
          return (
            <rect key={bin.start} className="bar" x={LEFT + index * step + (step - barWidth) / 2} y={TOP + plotHeight - height} width={barWidth} height={height}>
              <title>{`${binText(bin)}: ${bin.count}`}</title>
            </rect>
          );
        })}
        {tickIndexes(bins.length).map((index, n, all) => (
          <text key={index} className="tick" x={LEFT + index * step + step / 2} y={TOP + plotHeight + 16} textAnchor={all.length > 1 && n === 0 ? 'start' : all.length > 1 && n === all.length - 1 ? 'end' : 'middle'}>
            {tick(bins[index]!)}
          </text>
        ))}
        <text className="axis-name" x={LEFT + plotWidth / 2} y={HEIGHT - 2} textAnchor="middle">
          {t(`import.chartDateAxis_${unit}`)}
        </text>
      </svg>
      <p className="hint">{summary}</p>
      {!continuous && <p className="hint">{t('import.chartOnlyYears', { years: YEARS_LIMIT })}</p>}
      <details>
        <summary>{t('import.chartTable')}</summary>
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">{t(`import.chartDateAxis_${unit}`)}</th>
              <th scope="col">{t('import.chartCountAxis')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.start}>
                <td>{binText(bin)}</td>
                <td>{bin.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
