// The pose check's settings form: source, exercise, model, processor, camera, start and stop.
import { EXERCISES } from '../../core/exercises/library';
import { MODEL_OPTIONS } from '../../platform/models';
import { text } from '../text';
import type { PoseCheckController, PoseCheckState } from './controller';
import { exerciseName } from '../text';

const t = text.poseCheck;

export function PoseCheckControls({
  controller,
  state,
  isBusy,
}: {
  controller: PoseCheckController;
  state: PoseCheckState;
  isBusy: boolean;
}) {
  return (
    <form class="controls" onSubmit={(event) => event.preventDefault()}>
      <fieldset disabled={isBusy}>
        <legend>{t.sourceLabel}</legend>
        <label>
          <input
            type="radio"
            name="source"
            checked={state.source === 'camera'}
            onChange={() => controller.setSource('camera')}
          />
          {t.sourceCamera}
        </label>
        <label>
          <input
            type="radio"
            name="source"
            checked={state.source === 'file'}
            onChange={() => controller.setSource('file')}
          />
          {t.sourceFile}
        </label>
      </fieldset>

      <label>
        {t.exerciseLabel}
        <select
          disabled={isBusy}
          value={state.exerciseId}
          onChange={(event) => controller.setExercise(event.currentTarget.value)}
        >
          <option value="">{t.exerciseNone}</option>
          {EXERCISES.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {exerciseName(exercise.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.modelLabel}
        <select
          disabled={isBusy}
          value={state.modelFile}
          onChange={(event) => controller.setModel(event.currentTarget.value, state.delegate)}
        >
          {MODEL_OPTIONS.map((model) => (
            <option key={model.file} value={model.file}>
              {model.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.delegateLabel}
        <select
          disabled={isBusy}
          value={state.delegate}
          onChange={(event) =>
            controller.setModel(
              state.modelFile,
              event.currentTarget.value === 'GPU' ? 'GPU' : 'CPU',
            )
          }
        >
          <option value="CPU">{t.delegateCpu}</option>
          <option value="GPU">{t.delegateGpu}</option>
        </select>
      </label>

      {state.source === 'camera' ? (
        <div class="row">
          {state.cameras.length > 1 && (
            <label>
              {t.cameraLabel}
              <select
                disabled={isBusy}
                value={state.cameraId}
                onChange={(event) => controller.setCamera(event.currentTarget.value)}
              >
                <option value="">{t.cameraDefault}</option>
                {state.cameras.map((camera) => (
                  <option key={camera.deviceId} value={camera.deviceId}>
                    {camera.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {isBusy ? (
            <button type="button" class="primary" onClick={() => void controller.stop()}>
              {t.stop}
            </button>
          ) : (
            <button type="button" class="primary" onClick={() => void controller.startCamera()}>
              {t.start}
            </button>
          )}
        </div>
      ) : (
        <label class="file-pick">
          {t.fileLabel}
          <input
            type="file"
            accept="video/mp4,video/webm,video/*"
            disabled={isBusy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void controller.analyseFile(file);
            }}
          />
        </label>
      )}
    </form>
  );
}
