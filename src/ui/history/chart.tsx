// A progress chart: uPlot draws it on a canvas sized to its container (a 390 px phone included);
// the figure says the same in words (an image label with a summary), in a legend whose line
// samples differ by dash and marker as well as colour, and in a table of every point.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { text } from '../text';
import { chartSeriesData, chartXRange } from './x-range';

/** How a series is drawn; each look differs from the others without colour. */
export type ChartLook =
  'solid-dots' | 'dashed' | 'dashed-open-dots' | 'dotted' | 'bars' | 'step-dashed';

export interface ChartLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly look: ChartLook;
  /** 1–3: --chart-1 … --chart-3 in styles.css. */
  readonly tone: 1 | 2 | 3;
}

export interface ChartProps {
  readonly testId: string;
  readonly title: string;
  /** One sentence for screen readers: what the chart shows and its main numbers. */
  readonly summary: string;
  /** How to read the lines (dash, markers), shown under the title. */
  readonly keyText: string;
  /** Epoch seconds, ascending. */
  readonly x: readonly number[];
  readonly lines: readonly ChartLine[];
  readonly yRange?: readonly [number, number];
  readonly yUnit?: string;
  /** Room (in seconds) left of the first and right of the last x, so bars are not cut in half. */
  readonly padX?: number;
  readonly controls?: ComponentChildren;
  /** The table equivalent (every point). */
  readonly table: ChartTable;
}

/** A chart's points as a table: one row per point, its first cell the row's header. */
export interface ChartTable {
  /** Default: the chart's title. */
  readonly caption?: string;
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly key: string | number;
    readonly cells: readonly [ComponentChildren, ...ComponentChildren[]];
  }[];
}

function ChartTableView({ table, title }: { table: ChartTable; title: string }) {
  return (
    <table class="data-table">
      <caption class="sr-only">{table.caption ?? title}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map(({ key, cells: [header, ...cells] }) => (
          <tr key={key}>
            <th scope="row">{header}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const DASH: Record<ChartLook, number[] | undefined> = {
  'solid-dots': undefined,
  dashed: [8, 5],
  'dashed-open-dots': [8, 5],
  dotted: [2, 4],
  bars: undefined,
  'step-dashed': [8, 5],
};

/** Looks that draw a reference level (a target, a plan) rather than measured points. */
const REFERENCE_LOOKS: ReadonlySet<ChartLook> = new Set(['dashed', 'step-dashed']);

function seriesOf(line: ChartLine, color: string, background: string): uPlot.Series {
  const base: uPlot.Series = {
    label: line.label,
    stroke: color,
    width: 2,
    spanGaps: true,
    ...(DASH[line.look] === undefined ? {} : { dash: DASH[line.look] }),
  };
  switch (line.look) {
    case 'solid-dots':
      return { ...base, points: { show: true, size: 8, fill: color, stroke: color } };
    case 'dashed-open-dots':
      return {
        ...base,
        points: { show: true, size: 9, width: 2, fill: background, stroke: color },
      };
    case 'dotted':
      return { ...base, points: { show: true, size: 6, fill: color, stroke: color } };
    case 'bars':
      return {
        ...base,
        fill: /^#[0-9a-f]{6}$/i.test(color) ? `${color}73` : color,
        paths: uPlot.paths.bars?.({ size: [0.6, 48], align: 0 }),
        points: { show: false },
      };
    case 'step-dashed':
      return { ...base, paths: uPlot.paths.stepped?.({ align: 1 }), points: { show: false } };
    case 'dashed':
      return { ...base, points: { show: false } };
  }
}

function LineSample({ look, tone }: { look: ChartLook; tone: 1 | 2 | 3 }) {
  const stroke = `var(--chart-${tone})`;
  const dash = DASH[look]?.join(' ');
  return (
    <svg class="line-sample" viewBox="0 0 40 16" width="40" height="16" aria-hidden="true">
      {look === 'bars' ? (
        <rect x="12" y="2" width="16" height="13" fill={stroke} opacity="0.6" stroke={stroke} />
      ) : (
        <>
          <line
            x1="2"
            x2="38"
            y1="8"
            y2="8"
            stroke={stroke}
            stroke-width="2.5"
            stroke-dasharray={dash}
          />
          {(look === 'solid-dots' || look === 'dotted') && (
            <circle cx="20" cy="8" r="4" fill={stroke} />
          )}
          {look === 'dashed-open-dots' && (
            <circle cx="20" cy="8" r="4.5" fill="var(--card)" stroke={stroke} stroke-width="2" />
          )}
        </>
      )}
    </svg>
  );
}

export function Chart(props: ChartProps) {
  const plotRef = useRef<HTMLDivElement>(null);
  const { x, lines, yRange, yUnit, padX } = props;

  useEffect(() => {
    const el = plotRef.current;
    if (el === null || x.length === 0) return;
    const css = getComputedStyle(el);
    const color = (name: string): string => css.getPropertyValue(name).trim() || '#000';
    const fg = color('--fg');
    const grid = color('--gauge-track');
    const axis: uPlot.Axis = {
      stroke: fg,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid, width: 1 },
      font: '13px system-ui, sans-serif',
    };
    const width = (): number => Math.max(240, el.clientWidth);
    const height = (): number => (el.clientWidth < 500 ? 200 : 240);
    const plot = new uPlot(
      {
        width: width(),
        height: height(),
        legend: { show: false },
        cursor: { show: false },
        select: { show: false, left: 0, top: 0, width: 0, height: 0 },
        scales: {
          x: { time: true, range: () => chartXRange(x, padX) },
          y:
            yRange === undefined
              ? { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] }
              : { range: [yRange[0], yRange[1]] },
        },
        axes: [
          { ...axis },
          {
            ...axis,
            size: 48,
            values: (_u, ticks) => ticks.map((v) => `${v}${yUnit ?? ''}`),
          },
        ],
        series: [
          {},
          ...lines.map((line) => seriesOf(line, color(`--chart-${line.tone}`), color('--card'))),
        ],
      },
      (() => {
        const data = chartSeriesData(
          x,
          lines.map((line) => ({
            values: line.values,
            isReference: REFERENCE_LOOKS.has(line.look),
          })),
          padX,
        );
        return [data.x, ...data.ys] as uPlot.AlignedData;
      })(),
      el,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: height() }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [x, lines, yRange, yUnit, padX]);

  return (
    <figure class="chart card" data-testid={props.testId} data-points={x.length}>
      <figcaption>
        <h3>{props.title}</h3>
        {x.length > 0 && <p class="muted chart-key">{props.keyText}</p>}
      </figcaption>
      {props.controls}
      {x.length === 0 ? (
        <p class="muted">{text.history.chart.noData}</p>
      ) : (
        <>
          <ul class="chart-legend">
            {lines.map((line) => (
              <li key={line.label}>
                <LineSample look={line.look} tone={line.tone} />
                {line.label}
              </li>
            ))}
          </ul>
          <div class="chart-plot" role="img" aria-label={props.summary} ref={plotRef} />
          <details class="chart-table">
            <summary>{text.history.chart.showTable}</summary>
            <ChartTableView table={props.table} title={props.title} />
          </details>
        </>
      )}
    </figure>
  );
}
