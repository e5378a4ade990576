// "Your data": space used, persistence, downloads, import, and deleting everything.
import { useEffect, useMemo } from 'preact/hooks';
import { formatBytes } from '../history/format';
import { useServices } from '../services';
import { useStore } from '../store';
import { text } from '../text';
import { createDataController, type DataController, type DataState } from './controller';
import { DownloadStatus } from './download-status';
import { Screen } from '../screen';

const t = text.data;

export function DataScreen() {
  const { storage, problems } = useServices();
  const controller = useMemo(
    () => createDataController({ connection: storage, problems }),
    [storage, problems],
  );
  const state = useStore(controller.store);
  useEffect(() => controller.init(), [controller]);
  const h = state.health;
  return (
    <Screen class="data" testId="data" title={t.title}>
      <p class="muted">{t.intro}</p>
      {state.error !== null && <p class="message-error">{state.error}</p>}

      <section class="card" aria-labelledby="space-title">
        <h3 id="space-title">{t.spaceTitle}</h3>
        <p data-testid="space-used">
          {h === null || h.usageBytes === null || h.quotaBytes === null
            ? t.spaceUnknown
            : t.space(formatBytes(h.usageBytes), formatBytes(h.quotaBytes))}
        </p>
        {h !== null && h.usageBytes !== null && <p class="muted">{t.spaceIncludesApp}</p>}
        <p
          data-testid="persisted"
          data-state={h?.persisted === true ? 'persisted' : 'not-persisted'}
        >
          {h?.persisted === true ? t.persistedYes : t.persistedNo}
        </p>
        {h !== null && !h.persisted && (
          <button type="button" onClick={() => controller.requestPersistence()}>
            {t.persistRequest}
          </button>
        )}
        {state.persistRefused && <p class="muted">{t.persistRefused}</p>}
      </section>

      <section class="card" aria-labelledby="offline-title" data-testid="offline-info">
        <h3 id="offline-title">{t.offlineTitle}</h3>
        <p>{t.offline}</p>
        <p>{t.install}</p>
        <p>{t.updates}</p>
      </section>

      <section class="card" aria-labelledby="export-title">
        <h3 id="export-title">{t.exportTitle}</h3>
        <p>{t.exportIntro}</p>
        <div class="actions">
          <button
            type="button"
            disabled={state.busy !== 'none'}
            onClick={() => controller.exportBackup()}
          >
            {t.exportBackup}
          </button>
          <button
            type="button"
            disabled={state.busy !== 'none'}
            onClick={() => controller.exportCsv()}
          >
            {t.exportCsv}
          </button>
        </div>
        <DownloadStatus file={state.downloaded} />
      </section>

      <ImportCard state={state} controller={controller} />
      <DeleteCard state={state} controller={controller} />
    </Screen>
  );
}

function ImportCard({ state, controller }: { state: DataState; controller: DataController }) {
  const r = state.importResult;
  return (
    <section class="card" aria-labelledby="import-title">
      <h3 id="import-title">{t.importTitle}</h3>
      <label class="field wide">
        {t.importLabel}
        <input
          type="file"
          accept=".json,application/json"
          disabled={state.busy !== 'none'}
          data-testid="import-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file !== undefined) controller.importFile(file);
            input.value = '';
          }}
        />
      </label>
      <div
        role={r !== null && !r.ok ? 'alert' : 'status'}
        data-testid="import-result"
        data-state={
          state.busy === 'import'
            ? 'importing'
            : r === null
              ? 'idle'
              : r.ok
                ? 'imported'
                : 'rejected'
        }
        class={r !== null && !r.ok ? 'message-error' : ''}
      >
        {state.busy === 'import'
          ? t.importing
          : r === null
            ? ''
            : r.ok
              ? t.imported(r.value.added, r.value.replaced, r.value.unchanged)
              : r.error}
      </div>
    </section>
  );
}

function DeleteCard({ state, controller }: { state: DataState; controller: DataController }) {
  const backup = state.lastBackup;
  return (
    <section class="card danger-zone" aria-labelledby="delete-title" data-state={state.deleteStep}>
      <h3 id="delete-title">{t.deleteTitle}</h3>
      <p>{t.deleteIntro}</p>
      {state.deleteStep === 'idle' ? (
        <button
          type="button"
          class="danger"
          disabled={state.busy !== 'none'}
          onClick={() => controller.askDelete()}
        >
          {t.deleteAsk}
        </button>
      ) : state.deleteStep === 'backup-warning' ? (
        <div class="confirm" role="group" aria-labelledby="delete-backup-text">
          <p id="delete-backup-text" class="big-line">
            {backup === null || backup.problem === null
              ? t.deleteNoBackup
              : t.deleteUnverifiedBackup}
          </p>
          {backup !== null && backup.problem !== null && (
            <p class="message-error" data-testid="delete-backup-reason">
              {t.deleteUnverifiedReason(backup.name, backup.problem)}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              onClick={() => controller.backupBeforeDelete()}
              ref={(el) => el?.focus()}
            >
              {t.deleteBackupFirst}
            </button>
            <button type="button" class="danger" onClick={() => controller.deleteWithoutBackup()}>
              {t.deleteWithoutBackup}
            </button>
            <button type="button" onClick={() => controller.cancelDelete()}>
              {t.deleteCancel}
            </button>
          </div>
        </div>
      ) : (
        <div class="confirm" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text" class="big-line">
            {t.deleteConfirmText}
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              disabled={state.deleteStep === 'deleting'}
              onClick={() => controller.confirmDelete()}
              ref={(el) => el?.focus()}
            >
              {state.deleteStep === 'deleting' ? t.deleting : t.deleteConfirm}
            </button>
            <button
              type="button"
              disabled={state.deleteStep === 'deleting'}
              onClick={() => controller.cancelDelete()}
            >
              {t.deleteCancel}
            </button>
          </div>
        </div>
      )}
      {state.deleteMessage !== null && (
        <p role="alert" class="message-error">
          {state.deleteMessage}
        </p>
      )}
    </section>
  );
}
