// A stored set's reps, one row each: peak range of motion and its share of the target, the time
// out and back, the score and the form faults seen.
import type { RomMovement } from '../../core/exercises/types';
import type { ExerciseSetRecord, StoredRep } from '../../core/session/types';
import { faultCue } from '../history/session-detail-screen';
import { text } from '../text';
import { clinicText } from './text';
import { exerciseName } from '../text';

const t = clinicText.setReview;

/** Seconds with one decimal, as the review shows every time. */
export const secondsText = (ms: number): string => (ms / 1000).toFixed(1);

export function SetRepsTable({
  set,
  reps,
  movement,
}: {
  set: ExerciseSetRecord;
  reps: readonly StoredRep[];
  movement: RomMovement | undefined;
}) {
  const name = exerciseName(set.exerciseId);
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="review-rep-table">
        <caption>{t.repsCaption(name, set.setNumber)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.rep}</th>
            <th scope="col">{t.peakRom(text.rom.name(movement))}</th>
            <th scope="col">{t.romPercent}</th>
            <th scope="col">{t.tempoCol}</th>
            <th scope="col">{t.score}</th>
            <th scope="col">{t.faults}</th>
          </tr>
        </thead>
        <tbody>
          {reps.map(({ id, rep }) => {
            const q = rep.quality;
            const faults = [...new Set(q.faults.map((f) => faultCue(set, f.ruleId)))];
            return (
              <tr key={id} data-testid="review-rep">
                <th scope="row">
                  {rep.index}
                  {rep.side === null ? '' : ` (${rep.side})`}
                </th>
                <td>{q.peakRomDeg === null ? '—' : t.degrees(Math.round(q.peakRomDeg))}</td>
                <td>{q.romPercent === null ? '—' : `${Math.round(q.romPercent)}%`}</td>
                <td>{t.tempoCell(secondsText(q.upMs), secondsText(q.downMs))}</td>
                <td>{Math.round(q.score)}</td>
                <td>{faults.length === 0 ? t.none : faults.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
