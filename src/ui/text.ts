// Every user-facing string, in one place so other languages can be added.
import type { Posture, RomMovement } from '../core/exercises/types';
import type { NotCountingReason } from '../core/not-counting';
import type { ObservedPosture } from '../core/posture';

/** "You look to be …" for each posture the tracker can see. */
const POSTURE_SEEN: Readonly<Record<ObservedPosture, string>> = {
  standing: 'You look to be standing',
  seated: 'You look to be sitting',
  upright: 'You look to be upright',
  supine: 'You look to be lying on your back',
  prone: 'You look to be lying face down',
  side_lying: 'You look to be lying on your side',
  kneeling: 'You look to be kneeling',
  quadruped: 'You look to be on your hands and knees',
  crouching: 'You look to be squatting, with no seat under you',
};
/** What the exercise needs instead. */
const POSTURE_NEEDED: Readonly<Record<Posture, string>> = {
  standing: 'this exercise is done standing',
  seated: 'this exercise starts sitting down',
  upright: 'this exercise is done sitting or standing upright',
  supine: 'this exercise is done lying on your back',
  prone: 'this exercise is done facing the floor',
  side_lying: 'this exercise is done lying on your side',
  kneeling: 'this exercise is done kneeling',
  quadruped: 'this exercise is done on your hands and knees',
};
const postureAdvice = (seen: ObservedPosture, needed: Posture, start: string): string =>
  `${POSTURE_SEEN[seen]} — ${POSTURE_NEEDED[needed]}. Start position: ${start}.`;
/** The clinical name of each ROM movement (goniometric convention, see exercises/types.ts). */
const movementNames: Record<RomMovement, string> = {
  knee_flexion: 'Knee flexion',
  knee_extension_from_90: 'Knee straightening from 90° bent',
  hip_flexion: 'Hip flexion',
  hip_extension_from_flexed: 'Hip lift from bent',
  hip_extension: 'Hip extension',
  hip_abduction: 'Hip abduction',
  ankle_plantarflexion: 'Ankle plantarflexion',
  shoulder_flexion: 'Shoulder flexion',
  shoulder_abduction: 'Shoulder abduction',
  elbow_flexion: 'Elbow flexion',
};

export const text = {
  rom: {
    movement: movementNames,
    /** The movement's name; a ROM whose definition does not name one is "Range of motion". */
    name: (movement: RomMovement | null | undefined): string =>
      movement === null || movement === undefined ? 'Range of motion' : movementNames[movement],
  },
  appName: 'FormCoach',
  nav: {
    poseCheck: 'Camera & pose check',
    backToCoach: 'Back to FormCoach',
    footerNote: 'FormCoach complements, and does not replace, your clinician.',
  },
  prefs: {
    label: 'Settings',
    speech: 'Spoken coaching',
    sounds: 'Sounds',
    largeText: 'Large text',
  },
  readiness: {
    title: 'Before you start: a safety check',
    intro:
      'A few questions to check it is safe for you to exercise on your own. Answer yes or no to each.',
    questions: [
      {
        id: 'heart',
        text: 'Has a doctor ever said you have a heart condition or high blood pressure?',
      },
      { id: 'chest_pain', text: 'Do you feel pain in your chest at rest, or when you are active?' },
      {
        id: 'dizziness',
        text: 'Do you lose your balance because of dizziness, or have you lost consciousness in the last 12 months?',
      },
      {
        id: 'chronic',
        text: 'Have you been diagnosed with another long-term medical condition (other than heart disease or high blood pressure)?',
      },
      {
        id: 'medication',
        text: 'Do you take medication for a long-term medical condition, such as blood pressure medicine?',
      },
      {
        id: 'bone_joint',
        text: 'Do you have a bone, joint or soft-tissue problem that could be made worse by being more active?',
      },
      { id: 'pregnancy', text: 'Are you pregnant, or have you given birth in the last 6 months?' },
      {
        id: 'supervision',
        text: 'Has a doctor said you should only do physical activity under medical supervision?',
      },
    ],
    yes: 'Yes',
    no: 'No',
    disclaimerTitle: 'About FormCoach',
    disclaimer:
      'FormCoach complements, and does not replace, your physical therapist or doctor. Follow the program your clinician gave you. Stop at once if you feel sharp or increasing pain, dizziness or shortness of breath.',
    privacyTitle: 'Your camera and your privacy',
    privacy:
      'FormCoach uses your camera to see how you move. The video is analysed on this device and never leaves it: nothing is uploaded. Your browser will ask for permission to use the camera when you start an exercise.',
    accept: 'I understand that FormCoach does not replace my clinician',
    unanswered: (count: number) =>
      `Please answer every question (${count} still ${count === 1 ? 'needs' : 'need'} an answer) and tick the box above.`,
    submit: 'Continue',
    clearanceTitle: 'Please talk to your doctor first',
    clearance:
      'You answered yes to at least one question. Before starting these exercises, get clearance from your doctor or physical therapist. If you already have it, you can continue.',
  },
  home: {
    title: 'Today’s exercises',
    programLabel: 'Program',
    perWeek: (n: number) => `${n} times a week`,
    setsReps: (sets: number, reps: number) => `${sets} sets × ${reps} reps`,
    setsHold: (sets: number, seconds: number) => `${sets} × hold ${seconds} s`,
    romTarget: (movement: string, deg: number) => `${movement.toLowerCase()} target ${deg}°`,
    startSession: 'Start session',
    startOne: (name: string) => `Start ${name} only`,
    lastSession: 'Last session',
    noLastSession: 'No sessions yet. Your results will show here.',
    lastSessionLine: (
      date: string,
      exercises: string,
      status: string,
      sets: number,
      done: string,
    ) => `${date}: ${exercises} — ${status}, ${sets} ${sets === 1 ? 'set' : 'sets'}, ${done}`,
    painStop: (exercise: string, pain: string) =>
      `Last time you stopped ${exercise} because of pain (${pain}). If it was sharp pain, contact your clinician before doing it again.`,
    painStopRated: (pain: number) => `${pain}/10`,
    painStopUnrated: 'pain not rated',
    painStopItem:
      'You stopped this last time because of pain — see the note above before you start it.',
    sessionStatus: {
      in_progress: 'in progress',
      completed: 'completed',
      stopped_pain: 'stopped because of pain',
      interrupted: 'ended early',
    },
    clearanceReminder:
      'You told us about a health condition. Check with your doctor or physical therapist that these exercises are right for you.',
  },
  setup: {
    title: (name: string) => `Get ready: ${name}`,
    progress: (index: number, total: number) => `Exercise ${index} of ${total}`,
    howTo: 'How to do it',
    startPosition: (description: string) => `Start position: ${description}.`,
    moveTo: (movement: string, target: number) =>
      `Move to about ${target}° of ${movement.toLowerCase()} and back, slowly and under control.`,
    holdFor: (seconds: number) => `Hold the position for ${seconds} seconds.`,
    tempo: (down: number, up: number) => `Tempo: about ${down} s one way, ${up} s back.`,
    startCamera: 'Start camera',
    retryCamera: 'Try the camera again',
    starting: 'Starting the camera…',
    loadingModel: (percent: number) => `Preparing the movement tracker… ${percent}%`,
    issues: {
      'no-person': 'I can’t see you yet. Step into view of the camera.',
      'not-in-frame': 'Move so that your whole body is in the picture.',
      'step-back': 'Step back a little: part of you is outside the picture.',
      'step-closer': 'Come a little closer to the camera.',
      'turn-sideways': 'Turn sideways to the camera.',
      'face-camera': 'Turn to face the camera.',
      'wrong-posture': 'Get into the start position shown above.',
      'hold-still': 'Stand still for a moment while I find you.',
    },
    /** The wrong-posture issue when the posture seen is known. */
    wrongPosture: postureAdvice,
    ready: 'Ready — you are in a good position.',
    painLegend: 'Pain right now (0 = no pain, 10 = worst pain imaginable)',
    painNeeded: 'Choose your pain level now to start.',
    painReused: (pain: number) =>
      `Your answer after the last exercise (${pain}) is filled in. Change it if your pain has changed.`,
    begin: 'Start exercise',
    backHome: 'Back to home',
    cameraHelp: {
      'permission-denied':
        'To allow the camera: click the camera icon in the address bar, choose “Allow”, then press “Try the camera again”.',
      'no-camera':
        'Connect a webcam, or use a phone or laptop with a built-in camera, then press “Try the camera again”.',
      'camera-in-use':
        'Close other apps that use the camera (video calls, camera apps), then press “Try the camera again”.',
      other: 'Press “Try the camera again”. If it keeps failing, restart the browser.',
    },
    /**
     * What a failure of the movement tracker (or of reading a frame) says, by its code: never the
     * library's own text. Shown after the stage ("Pose: …").
     */
    trackerErrors: {
      'inference-failed':
        'the movement tracker kept failing, so it was stopped. Every rep it counted is saved.',
      'worker-died':
        'the movement tracker stopped responding, so it was shut down. Start the camera again to restart it; if this keeps happening, reload the page.',
      'frame-failed': 'a camera frame could not be read.',
      'not-initialised': 'the movement tracker was not ready.',
      'wasm-failed': 'the movement tracker could not be loaded. Reload the page.',
      'model-missing': 'the movement tracker’s model could not be loaded. Reload the page.',
      'model-corrupt': 'the movement tracker’s model could not be loaded. Reload the page.',
      'model-rejected': 'the movement tracker’s model could not be loaded. Reload the page.',
      other: 'the movement tracker stopped working.',
    },
  },
  live: {
    setOf: (set: number, sets: number) => `Set ${set} of ${sets}`,
    reps: 'Reps',
    repsOf: (count: number, target: number) => `${count} of ${target}`,
    held: 'Held',
    holdOf: (seconds: number, target: number) => `${seconds} of ${target} s`,
    holdRemaining: (seconds: number) => `${seconds} s to go`,
    angle: (movement: string, deg: number, target: number) =>
      `${movement} ${deg}° of ${target}° target`,
    gaugeLabel: 'Range of motion towards your target',
    gaugeValue: (percent: number) => `${percent}% of target`,
    targetReached: '✓ Target reached',
    tempo: (down: number, up: number) => `Tempo: ${down} s one way, ${up} s back`,
    phase: {
      waiting: 'Get into the start position',
      rest: 'Start position — begin when ready',
      out: 'Moving to the target',
      back: 'Coming back',
    },
    pause: 'Pause',
    resume: 'Resume',
    pausedNote: 'Paused. Press Resume (or the space bar) to carry on.',
    cameraComingBack: 'Turning the camera back on…',
    keyHint: 'Space bar: pause or resume',
    endSet: 'End this set',
    stopPain: 'Stop — it hurts',
    encourage: {
      halfway: 'Halfway there — keep it up!',
      oneMore: 'One more!',
      setDone: 'Set done — well done!',
    },
    repAnnouncement: (count: number, target: number) => `Rep ${count} of ${target}`,
    rest: 'Rest',
    restRemaining: (seconds: number) => `Next set in ${seconds} s`,
    skipRest: 'Start next set now',
    videoLabel: 'Your camera, mirrored',
    skeletonLabel: 'Tracked skeleton',
    tracking: {
      tracking: 'Tracking you',
      occluded: 'Partly out of view',
      lost: 'Can’t see you',
    },
    /** Why nothing has counted for a few seconds (shown and spoken). */
    notCounting: (reason: NotCountingReason, startDescription: string): string => {
      switch (reason.code) {
        case 'other_person':
          return 'Someone else is in view — counting paused until you are back.';
        case 'out_of_view':
          return 'Not counting: move so your whole body is in view.';
        case 'posture':
          return `Not counting. ${postureAdvice(reason.observed, reason.required, startDescription)}`;
        case 'start_position':
          return `Not counting yet: get into the start position — ${startDescription}.`;
      }
    },
  },
  away: {
    note: 'Your exercise session is paused while you are on this page.',
    back: 'Back to your session',
  },
  stopped: {
    title: 'Exercise stopped',
    recorded: 'We have stopped the exercise and recorded that it hurt.',
    guidance: [
      'Rest now. Do not continue this exercise today.',
      'If the pain is sharp or keeps increasing, or you feel dizzy or short of breath, stop exercising and contact your clinician.',
      'In an emergency — chest pain, severe shortness of breath, fainting — call your emergency number.',
    ],
    painLegend: 'How much does it hurt now? (0 = no pain, 10 = worst imaginable)',
    painOptional:
      'Your answer is saved with this session on this device only. Your clinician sees it if you show them your history or give them a backup (under “Your data”). You can skip it.',
    painRecorded: (pain: number) => `Recorded: pain ${pain} of 10.`,
    toSummary: 'See the summary',
    home: 'Back to home',
  },
  after: {
    title: (name: string) => `How was that? ${name}`,
    exertionLegend: 'How hard was that? (0–10)',
    /** The scale's word anchors (Borg CR10), shown beside their numbers. */
    exertionScale: [
      { value: 0, label: 'Nothing at all' },
      { value: 0.5, label: 'Very, very light' },
      { value: 1, label: 'Very light' },
      { value: 2, label: 'Light' },
      { value: 3, label: 'Moderate' },
      { value: 4, label: 'Somewhat hard' },
      { value: 5, label: 'Hard' },
      { value: 6, label: '' },
      { value: 7, label: 'Very hard' },
      { value: 8, label: '' },
      { value: 9, label: '' },
      { value: 10, label: 'Maximal' },
    ],
    painLegend: 'Pain right now (0 = no pain, 10 = worst pain imaginable)',
    needed: 'Answer both questions to continue.',
    next: 'Next exercise',
    finish: 'See the summary',
  },
  summary: {
    title: 'Session summary',
    status: {
      completed: 'Session complete. Well done!',
      stopped_pain: 'Session stopped because of pain.',
      interrupted: 'Session ended early.',
      in_progress: 'Session in progress.',
    },
    reps: (done: number, prescribed: number) => `${done} of ${prescribed} reps`,
    holds: (done: number, prescribed: number) => `${done} of ${prescribed} s held`,
    sets: (done: number, prescribed: number) => `${done} of ${prescribed} sets`,
    romTitle: (movement: string) => `${movement} per rep`,
    romAlt: (movement: string, values: string, target: number) =>
      `${movement} per rep: ${values}. Target ${target}°.`,
    romTarget: (target: number) => `dashed line: target ${target}°`,
    faultsTitle: 'Form to watch',
    noFaults: 'No form faults seen.',
    faultCount: (cue: string, count: number) =>
      `${cue} — ${count} ${count === 1 ? 'time' : 'times'}`,
    quality: (score: number) => `Quality score ${score} of 100`,
    pain: (before: string, after: string) => `Pain before ${before}, after ${after}`,
    time: (minutes: number, seconds: number) => `Time ${minutes} min ${seconds} s`,
    stoppedPain: 'Stopped because it hurt.',
    tempo: {
      fast: (up: number, down: number, actualUp: number, actualDown: number) =>
        `Pace: too fast — your reps took about ${actualUp} s out and ${actualDown} s back; the prescribed tempo is ${up} s out, ${down} s back.`,
      slow: (up: number, down: number, actualUp: number, actualDown: number) =>
        `Pace: slower than prescribed — your reps took about ${actualUp} s out and ${actualDown} s back; the prescribed tempo is ${up} s out, ${down} s back.`,
      on: (up: number, down: number) => `Pace: on tempo (${up} s out, ${down} s back).`,
    },
    wentWell: {
      'all-done': 'You did every set. Great work.',
      'rom-reached': 'You reached your range-of-motion target on most reps.',
      'clean-form': 'Your form was clean on every rep.',
      'showed-up': 'You showed up and moved — that counts.',
    },
    watchNext: {
      pain: 'Watch your pain: if it is worse after exercising, tell your clinician before the next session.',
      fault: (cue: string) => `Next time: ${cue.charAt(0).toLowerCase()}${cue.slice(1)}.`,
      'rom-short': (percent: number) =>
        `Next time: try to move a little further — you reached about ${percent}% of your target.`,
      tempo: (verdict: 'fast' | 'slow', up: number, down: number) =>
        verdict === 'fast'
          ? `Next time: slow down — take about ${up} s out and ${down} s back.`
          : `Next time: a little quicker — about ${up} s out and ${down} s back.`,
      'keep-going': 'Next time: keep it up just like this.',
    },
    home: 'Back to home',
    storageWarning: 'Some results could not be saved on this device.',
  },
  poseCheck: {
    title: 'Pose check',
    intro:
      'See what FormCoach sees: your camera (or a video file) with the tracked skeleton drawn over it. Video never leaves this device.',
    sourceLabel: 'Source',
    sourceCamera: 'Camera',
    sourceFile: 'Video file',
    cameraLabel: 'Camera',
    cameraDefault: 'Default camera',
    modelLabel: 'Pose model',
    delegateLabel: 'Processor',
    delegateCpu: 'CPU',
    delegateGpu: 'GPU (falls back to CPU)',
    fileLabel: 'Choose a video (MP4 or WebM)',
    cameraView: 'Camera view',
    playbackLabel: 'The analysed video',
    playbackNote:
      'Play the video, or drag its time bar, to see the tracked skeleton at each moment.',
    start: 'Start camera',
    stop: 'Stop',
    analyse: 'Analyse video',
    loadingModel: (percent: number) => `Loading pose model… ${percent}%`,
    starting: 'Starting…',
    running: 'Tracking',
    done: 'Analysis complete',
    idle: 'Ready',
    stats: {
      fps: 'Frames per second',
      inference: 'Inference time',
      roundTrip: 'Round trip',
      delegate: 'Running on',
      runtime: 'Model thread',
      processed: 'Frames processed',
      dropped: 'Frames dropped',
      plausible: 'Frames with a plausible pose',
      realtime: 'Speed vs real time',
    },
    runtimeWorker: 'Background worker',
    runtimeMain: 'Main thread (worker unavailable)',
    ms: (value: number) => `${value.toFixed(1)} ms`,
    noPerson: 'No person in view',
    exportTrace: 'Download pose data (JSON)',
    exerciseLabel: 'Exercise',
    exerciseNone: 'None (pose only)',
    results: {
      title: 'Results',
      reps: 'Repetitions',
      held: 'Seconds held',
      cue: 'Coach',
      rep: 'Rep',
      endsAt: 'Completed at',
      peak: 'Peak range',
      score: 'Score',
      partials: (count: number) =>
        `${count} partial ${count === 1 ? 'attempt' : 'attempts'} not counted`,
      seconds: (value: number) => `${value.toFixed(1)} s`,
      degrees: (value: number, percent: number | null) =>
        `${Math.round(value)}°${percent === null ? '' : ` (${Math.round(percent)}% of target)`}`,
    },
  },
  mainNav: {
    label: 'Main',
    coach: 'Exercises',
    history: 'History',
    journal: 'Journal',
    data: 'Your data',
  },
  history: {
    title: 'History and progress',
    loading: 'Loading your sessions…',
    loadFailed: (message: string) => `Your history could not be loaded. ${message}`,
    empty: 'No sessions yet. After your first session, your results and progress show here.',
    progressTitle: 'Progress',
    sessionsTitle: 'All sessions',
    sessionCount: (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}, newest first.`,
    status: {
      completed: 'Completed',
      stopped_pain: 'Stopped — pain',
      interrupted: 'Interrupted',
      in_progress: 'In progress',
    },
    statusIcon: { completed: '✓', stopped_pain: '!', interrupted: '⏸', in_progress: '…' },
    singleExercise: 'Single exercise',
    unknownProgram: 'Unknown program',
    reps: (n: number) => `${n} ${n === 1 ? 'rep' : 'reps'}`,
    held: (seconds: number) => `${seconds} s held`,
    pain: (before: string, after: string) => `pain ${before} → ${after}`,
    noAnswer: '—',
    lastSessionLink: 'See all your sessions and progress',
    chart: {
      showTable: 'Show the numbers',
      noData: 'Nothing to show yet.',
      date: 'Date',
      weekOf: 'Week of',
      romTitle: 'Range of motion reached',
      romExercise: 'Exercise',
      romBest: 'Best range',
      romTarget: 'Target',
      romSummary: (
        name: string,
        movement: string,
        n: number,
        first: number,
        last: number,
        target: string,
      ) =>
        `${name}: best ${movement.toLowerCase()} in ${n} ${n === 1 ? 'session' : 'sessions'}, from ${first}° to ${last}°; target ${target}.`,
      romKey: 'Solid line with dots: best range in each session. Dashed line: your target.',
      noRomExercise: 'No exercise with a range-of-motion target has been done yet.',
      volumeTitle: 'Reps per week',
      volumeSessions: 'Sessions',
      volumeSets: 'Sets',
      volumeReps: 'Reps',
      volumeHeld: 'Seconds held',
      volumeSummary: (weeks: number, total: number, max: number) =>
        `Reps per week over ${weeks} weeks: ${total} in all, at most ${max} in one week.`,
      volumeKey: 'Bars: reps done each week.',
      painTitle: 'Pain before and after sessions',
      painBefore: 'Before',
      painAfter: 'After',
      painJournal: 'Journal',
      painSummary: (n: number, journal: number) =>
        `Pain (0–10) before and after ${n} ${n === 1 ? 'session' : 'sessions'}, with ${journal} journal ${journal === 1 ? 'entry' : 'entries'}.`,
      painKey:
        'Solid line with filled dots: pain before. Dashed line with open dots: pain after. Dotted line: pain in your journal.',
      exertionTitle: 'Exertion',
      exertionValue: 'Exertion (0–10)',
      exertionSummary: (n: number, mean: number) =>
        `How hard sessions felt (0–10) over ${n} ${n === 1 ? 'session' : 'sessions'}, ${mean} on average.`,
      exertionKey: 'Line with dots: how hard each session felt (0 = nothing at all, 10 = maximal).',
      holdTitle: 'Time held',
      holdHeld: 'Held',
      holdPrescribed: 'Prescribed',
      holdSummary: (n: number, held: number, prescribed: number) =>
        `Seconds held in ${n} ${n === 1 ? 'session' : 'sessions'} with holds: ${held} s held of ${prescribed} s prescribed in all.`,
      holdKey:
        'Solid line with dots: seconds held in each session. Dashed line: seconds prescribed.',
      adherenceTitle: 'Sessions done vs planned',
      adherenceDone: 'Done',
      adherencePlanned: 'Planned',
      adherencePercent: 'Of plan',
      adherenceSummary: (weeks: number, done: number, planned: number) =>
        `Over ${weeks} weeks: ${done} sessions done of ${planned} planned.`,
      adherenceKey: 'Bars: sessions done each week. Dashed line: sessions planned by your program.',
      percent: (n: number | null) => (n === null ? '—' : `${n}%`),
    },
  },
  sessionDetail: {
    back: 'All sessions',
    title: (date: string) => `Session of ${date}`,
    loading: 'Loading the session…',
    missing: 'This session is not on this device.',
    program: 'Program',
    status: 'Status',
    started: 'Started',
    duration: 'Duration',
    durationValue: (minutes: number, seconds: number) => `${minutes} min ${seconds} s`,
    painBefore: 'Pain before',
    painAfter: 'Pain after',
    exertion: 'Exertion (0–10)',
    notes: 'Notes',
    exportJson: 'Download this session (JSON)',
    exportCsv: 'Download its reps (CSV)',
    setTitle: (name: string, set: number) => `${name} — set ${set}`,
    prescribedReps: (sets: number, reps: number) => `Prescribed ${sets} × ${reps} reps`,
    prescribedHold: (sets: number, seconds: number) => `Prescribed ${sets} × hold ${seconds} s`,
    repsDone: (n: number) => `${n} ${n === 1 ? 'rep' : 'reps'} done`,
    heldOf: (seconds: number, target: number) => `Held ${seconds} s of ${target} s`,
    partials: (n: number) => `${n} partial ${n === 1 ? 'attempt' : 'attempts'} not counted`,
    answers: (before: string, after: string, exertion: string) =>
      `Pain before ${before}, after ${after}; exertion ${exertion}`,
    repsCaption: (name: string, set: number) => `Reps of ${name}, set ${set}`,
    rep: 'Rep',
    range: (movement: string) => `${movement} (% of target)`,
    ofTargetValue: (percent: number) => `${percent}%`,
    score: 'Score',
    faults: 'Form faults',
    none: 'none',
    noReps: 'No reps recorded in this set.',
    faultsTitle: 'Form to watch',
    faultCount: (cue: string, count: number) =>
      `${cue} — ${count} ${count === 1 ? 'time' : 'times'}`,
    noFaults: 'No form faults seen.',
  },
  journal: {
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
  },
  data: {
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
  },
  update: {
    ready: 'A new version of FormCoach is ready. Reload to use it; your data stays as it is.',
    reload: 'Reload',
    reloading: 'Reloading…',
    later: 'Later',
  },
  storageBanner: {
    exportNow: 'Export now',
    exporting: 'Exporting…',
    exported: (name: string) =>
      `Saved ${name}. Keep it; you can import it later under “Your data”.`,
    exportedUnverified: (name: string, problem: string) =>
      `Saved ${name}, but it could not be verified: FormCoach could not read it back (${problem}). Keep it: it holds what was recorded, though importing it may fail.`,
    nothingToExport: 'No session has started on this page yet, so there is nothing to export.',
    exportFailed: (message: string) => `Export failed: ${message}`,
  },
  // ——— Routes, lazily loaded areas, the way to the clinic (h-shell; its screens: clinic/text.ts) ———
  notFound: {
    title: 'Page not found',
    body: (address: string) => `FormCoach has no page at “${address}”.`,
    home: 'Go to your exercises',
  },
  lazyArea: {
    loading: 'Loading…',
    failed: 'This part of FormCoach could not be loaded. Check your connection and try again.',
    retry: 'Try again',
  },
  poseCheckInUse:
    'Your exercise session is paused and is using the camera and the pose model. Go back to it and finish or end it to use the pose check.',
  clinicNav: {
    link: 'Therapist: review sessions',
    backToPatient: 'Back to the patient’s app',
  },
} as const;
