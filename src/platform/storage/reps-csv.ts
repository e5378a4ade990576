// Reps as CSV for spreadsheets (RFC 4180: comma separated, CRLF, quotes doubled). Pure.
import type { ExerciseSetRecord, SessionRecord, StoredRep } from '../../core/session/types';

export const REPS_CSV_COLUMNS = [
  'session_id',
  'session_started_at',
  'set_id',
  'exercise_id',
  'set_number',
  'rep_index',
  'side',
  'recorded_at',
  'start_ms',
  'peak_ms',
  'end_ms',
  'peak_rom_deg',
  'target_deg',
  'rom_percent',
  'up_ms',
  'down_ms',
  'tempo_up_ratio',
  'tempo_down_ratio',
  'symmetry_percent',
  'velocity_peaks',
  'smoothness',
  'faults',
  'score',
] as const;

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const s = typeof value === 'number' ? String(value) : value;
  // Quote what a spreadsheet would split or mangle; a leading = + - @ would start a formula.
  const guarded = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
};

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

export function repsToCsv(
  reps: readonly StoredRep[],
  sets: readonly ExerciseSetRecord[],
  sessions: readonly SessionRecord[],
): string {
  const setById = new Map(sets.map((s) => [s.id, s]));
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const rows = reps.map((r) => {
    const q = r.rep.quality;
    const session = sessionById.get(r.sessionId);
    return [
      r.sessionId,
      session === undefined ? null : iso(session.startedAt),
      r.setId,
      r.exerciseId,
      setById.get(r.setId)?.setNumber ?? null,
      r.rep.index,
      r.rep.side,
      iso(r.recordedAt),
      r.rep.startMs,
      r.rep.peakMs,
      r.rep.endTimestampMs,
      q.peakRomDeg,
      q.targetDeg,
      q.romPercent,
      q.upMs,
      q.downMs,
      q.tempoUpRatio,
      q.tempoDownRatio,
      q.symmetryPercent,
      q.velocityPeaks,
      q.smoothness,
      q.faults.map((f) => `${f.ruleId}:${f.durationMs}`).join(';'),
      q.score,
    ].map(cell);
  });
  return [REPS_CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
