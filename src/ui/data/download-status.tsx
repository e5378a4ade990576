// The line under download buttons: what was downloaded and, for a backup, whether FormCoach could
// read it back (an unverified backup is said plainly, with the reason).
import { text } from '../text';
import type { DownloadedFile } from './download';

const t = text.data;

export function DownloadStatus({ file }: { file: DownloadedFile | null }) {
  const state =
    file === null
      ? 'none'
      : file.kind === 'csv'
        ? 'csv'
        : file.problem === null
          ? 'verified'
          : 'unverified';
  return (
    <p
      role="status"
      data-testid="download-status"
      data-state={state}
      class={state === 'unverified' ? 'message-error' : 'muted'}
    >
      {file === null
        ? ''
        : file.kind === 'csv'
          ? t.exported(file.name)
          : file.problem === null
            ? t.exportedVerified(file.name)
            : t.exportedUnverified(file.name, file.problem)}
    </p>
  );
}
