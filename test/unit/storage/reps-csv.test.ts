import { describe, expect, it } from 'vitest';
import type { StoredRep } from '../../../src/core/session/types';
import { degrees, ms } from '../../../src/core/units';
import { REPS_CSV_COLUMNS, repsToCsv } from '../../../src/platform/storage/reps-csv';

const rep = (id: string, ruleId: string): StoredRep => ({
  id,
  sessionId: 's1',
  setId: 'set1',
  exerciseId: 'squat',
  recordedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
  rep: {
    index: 1,
    side: null,
    startMs: ms(100),
    peakMs: ms(900),
    endTimestampMs: ms(2000),
    quality: {
      peakRomDeg: degrees(85.5),
      targetDeg: degrees(90),
      romPercent: 95,
      upMs: ms(800),
      downMs: ms(1100),
      tempoUpRatio: null,
      tempoDownRatio: null,
      symmetryPercent: null,
      velocityPeaks: 2,
      smoothness: 1,
      faults: [{ ruleId, durationMs: ms(250) }],
      score: 88,
    },
  },
});

/** A small RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('repsToCsv', () => {
  it('writes a header and one row per rep; nulls are empty cells', () => {
    const rows = parseCsv(repsToCsv([rep('r1', 'knee_valgus')], [], []));
    expect(rows[0]).toEqual([...REPS_CSV_COLUMNS]);
    const row = Object.fromEntries(REPS_CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row['recorded_at']).toBe('2025-01-02T03:04:05.000Z');
    expect(row['peak_rom_deg']).toBe('85.5');
    expect(row['tempo_up_ratio']).toBe('');
    expect(row['faults']).toBe('knee_valgus:250');
    expect(row['session_started_at']).toBe('');
  });

  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    const formula = { ...rep('r2', 'ok'), sessionId: '=HYPERLINK("x")' };
    const rows = parseCsv(repsToCsv([rep('r1', 'a "b"\nc'), formula], [], []));
    expect(rows[1]![REPS_CSV_COLUMNS.indexOf('faults')]).toBe('a "b"\nc:250');
    expect(rows.length).toBe(3);
    expect(rows[2]![0]).toBe(`'=HYPERLINK("x")`);
  });
});
