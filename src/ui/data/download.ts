// Saves text as a file through the browser's download (nothing leaves the device).
export function downloadText(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file this page downloaded: a backup was read back first (`problem` when it could not be). */
export type DownloadedFile =
  | { readonly kind: 'csv'; readonly name: string }
  | { readonly kind: 'backup'; readonly name: string; readonly problem: string | null };

/** A backup's file name: one that could not be read back says so in its name too. */
export const backupFileName = (base: string, problem: string | null): string =>
  `${base}${problem === null ? '' : '-unverified'}.json`;
