// The daily journal.

export const journal = {
  title: 'Journal',
  intro:
    'A few words each day about pain, sleep, mood and daily life help you see how things are going. They stay on this device; to share them with your clinician, show them or give them a backup (under “Your data”).',
  date: 'Day',
  pain: 'Pain that day (0 = no pain, 10 = worst pain imaginable)',
  sleepHours: 'Hours slept',
  sleepQuality: 'How well did you sleep? (0 = very badly, 10 = very well)',
  mood: 'Mood',
  moods: ['Very low', 'Low', 'OK', 'Good', 'Very good'],
  activities: 'How did your daily activities go?',
  notes: 'Notes',
  save: 'Save entry',
  saving: 'Saving…',
  saved: (date: string) => `Saved the entry for ${date}.`,
  saveFailed: (message: string) => `The entry could not be saved. ${message}`,
  badSleep: 'Hours slept must be a number from 0 to 24.',
  futureDate: 'Choose today or an earlier day.',
  daysTitle: 'Your days',
  daysIntro: 'Journal entries and sessions, newest day first.',
  noDays: 'No entries or sessions yet.',
  entryFor: (date: string) => `Entry for ${date}`,
  todaySuffix: ' (today)',
  edit: 'Edit this entry',
  add: 'Write an entry',
  forDate: (action: string, date: string) => `${action}: ${date}`,
  showMore: 'Show earlier days',
  entryLine: (pain: string, sleep: string, mood: string) =>
    `Pain ${pain} · sleep ${sleep} · mood ${mood}`,
  sleepValue: (hours: number | null, quality: number | null) =>
    [hours === null ? null : `${hours} h`, quality === null ? null : `${quality}/10`]
      .filter((v) => v !== null)
      .join(', ') || '—',
  noEntry: 'No journal entry.',
  sessionLine: (status: string, reps: string, pain: string) =>
    `Session: ${status}, ${reps}, ${pain}`,
} as const;
