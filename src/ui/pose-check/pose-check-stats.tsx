// The pose check's figures: frame rate, inference and round-trip time, processor, frames.
import { text } from '../text';
import type { PoseCheckState } from './controller';

const t = text.poseCheck;

export function PoseCheckStats({ state }: { state: PoseCheckState }) {
  const { stats } = state;
  return (
    <dl class="stats" data-testid="stats">
      <Stat id="fps" label={t.stats.fps} value={String(stats.fps)} />
      <Stat id="inference" label={t.stats.inference} value={t.ms(stats.inferenceMs)} />
      <Stat id="round-trip" label={t.stats.roundTrip} value={t.ms(stats.roundTripMs)} />
      <Stat id="delegate" label={t.stats.delegate} value={state.info?.delegate ?? '—'} />
      <Stat
        id="runtime"
        label={t.stats.runtime}
        value={
          state.runtime === null
            ? '—'
            : state.runtime === 'worker'
              ? t.runtimeWorker
              : t.runtimeMain
        }
      />
      <Stat
        id="processed"
        label={t.stats.processed}
        value={
          stats.frameCount === null
            ? String(stats.framesProcessed)
            : `${stats.framesProcessed} / ${stats.frameCount}`
        }
        data={{ processed: stats.framesProcessed, total: stats.frameCount ?? '' }}
      />
      <Stat id="dropped" label={t.stats.dropped} value={String(stats.framesDropped)} />
      <Stat
        id="plausible"
        label={t.stats.plausible}
        value={String(stats.framesPlausible)}
        data={{ plausible: stats.framesPlausible }}
      />
      {stats.realtimeFactor !== null && (
        <Stat
          id="realtime"
          label={t.stats.realtime}
          value={`${stats.realtimeFactor.toFixed(2)}×`}
        />
      )}
    </dl>
  );
}

function Stat(props: {
  id: string;
  label: string;
  value: string;
  data?: Record<string, string | number>;
}) {
  const dataAttributes = Object.fromEntries(
    Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, String(value)]),
  );
  return (
    <div class="stat" data-testid={`stat-${props.id}`} {...dataAttributes}>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}
