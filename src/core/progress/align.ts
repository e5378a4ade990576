// uPlot-style aligned data from separate point lists: one sorted x array shared by every series,
// with null where a series has no point at that x (drawn as a gap).
export interface XYPoint {
  readonly x: number;
  readonly y: number | null;
}

export interface Aligned {
  readonly x: number[];
  readonly ys: (number | null)[][];
}

export function alignSeries(series: readonly (readonly XYPoint[])[]): Aligned {
  const x = [...new Set(series.flatMap((points) => points.map((p) => p.x)))].sort((a, b) => a - b);
  const index = new Map(x.map((value, i) => [value, i]));
  const ys = series.map((points) => {
    const column: (number | null)[] = x.map(() => null);
    for (const p of points) column[index.get(p.x) ?? 0] = p.y;
    return column;
  });
  return { x, ys };
}
