// Your data (space, backup, import, delete), app updates and the storage banner.

export const data = {
  title: 'Your data',
  intro:
    'Everything FormCoach records stays on this device: it has no account and no server, and sends nothing. Here you can see the space it uses, keep a copy, bring a copy back, or delete it all.',
  spaceTitle: 'Space used',
  space: (used: string, quota: string) => `${used} used of ${quota} available to FormCoach.`,
  spaceUnknown: 'This browser does not say how much space is used.',
  spaceIncludesApp:
    'This includes FormCoach’s own files (about 20 MB), kept so that it works without the internet; deleting your data does not remove them.',
  persistedYes: 'Protected: the browser will not delete FormCoach’s data to free space.',
  persistedNo:
    'Not protected: when the device runs low on space, the browser may delete FormCoach’s data.',
  persistRequest: 'Ask the browser to protect my data',
  persistRefused:
    'The browser did not agree. Installing FormCoach (see below) or using it often can change that; keep a backup meanwhile.',
  offlineTitle: 'Without the internet, and as an app',
  offline:
    'After your first visit, FormCoach works without the internet: the app and the movement tracker are kept by your browser on this device. The more accurate (full) model of the camera & pose check page is kept once you have used it.',
  install:
    'To open it like an app, from your home screen or desktop: in your browser’s menu, choose “Install FormCoach”, “Install app” or “Add to Home screen”.',
  updates:
    'When a new version is available, FormCoach says so; choose “Reload” to use it. Your data is kept.',
  exportTitle: 'Keep a copy, or share it with your clinician',
  exportIntro:
    'Your clinician sees your results only if you give them a file yourself: download one below, then hand it over or send it as you choose. A full backup holds everything FormCoach keeps: sessions, reps, your answers (the safety check too), your journal and the tracked body positions of each set, but no video or pictures. The CSV holds only the reps.',
  exportBackup: 'Download a full backup (JSON)',
  exportCsv: 'Download all reps (CSV for spreadsheets)',
  exported: (name: string) => `Downloaded ${name}.`,
  /** A backup read back, as an import would read it, before it was offered. */
  exportedVerified: (name: string) =>
    `Downloaded ${name}. Checked: FormCoach can read this backup back.`,
  exportedUnverified: (name: string, problem: string) =>
    `This backup could not be verified: FormCoach could not read it back (${problem}). It was downloaded anyway as ${name}, because it holds your data as stored, but it may not bring your data back. Keep your data on this device for now.`,
  importTitle: 'Bring back a backup',
  importLabel: 'Choose a FormCoach backup file (.json)',
  importing: 'Importing…',
  imported: (added: number, replaced: number, unchanged: number) =>
    `Imported: ${added} ${added === 1 ? 'record' : 'records'} added, ${replaced} updated, ${unchanged} already here.`,
  deleteTitle: 'Delete all my data',
  deleteIntro:
    'Deletes every session, rep, journal entry, program and answer from this device. Download a backup first if you may want it back.',
  deleteAsk: 'Delete all my data…',
  /** The extra step when no verified backup was downloaded on this page. */
  deleteNoBackup:
    'No backup has been downloaded on this page. Once deleted, your data cannot be brought back.',
  deleteUnverifiedBackup:
    'Your last backup could not be verified: it may not bring your data back.',
  deleteUnverifiedReason: (name: string, problem: string) =>
    `${name} could not be read back: ${problem}.`,
  deleteBackupFirst: 'Download a backup first',
  deleteWithoutBackup: 'Continue without a verified backup…',
  deleteConfirmText:
    'Are you sure? This cannot be undone: everything FormCoach has stored on this device will be deleted.',
  deleteConfirm: 'Yes, delete everything',
  deleteCancel: 'Cancel',
  deleting: 'Deleting…',
  failed: (message: string) => message,
} as const;

export const update = {
  ready: 'A new version of FormCoach is ready. Reload to use it; your data stays as it is.',
  reload: 'Reload',
  reloading: 'Reloading…',
  later: 'Later',
} as const;

export const storageBanner = {
  exportNow: 'Export now',
  exporting: 'Exporting…',
  exported: (name: string) => `Saved ${name}. Keep it; you can import it later under “Your data”.`,
  exportedUnverified: (name: string, problem: string) =>
    `Saved ${name}, but it could not be verified: FormCoach could not read it back (${problem}). Keep it: it holds what was recorded, though importing it may fail.`,
  nothingToExport: 'No session has started on this page yet, so there is nothing to export.',
  exportFailed: (message: string) => `Export failed: ${message}`,
} as const;
