// The 33 BlazePose landmarks, as MediaPipe Pose Landmarker returns them.
import type { Ms } from './units';

export const LANDMARK_COUNT = 33;

export const Landmark = {
  nose: 0,
  leftEyeInner: 1,
  leftEye: 2,
  leftEyeOuter: 3,
  rightEyeInner: 4,
  rightEye: 5,
  rightEyeOuter: 6,
  leftEar: 7,
  rightEar: 8,
  mouthLeft: 9,
  mouthRight: 10,
  leftShoulder: 11,
  rightShoulder: 12,
  leftElbow: 13,
  rightElbow: 14,
  leftWrist: 15,
  rightWrist: 16,
  leftPinky: 17,
  rightPinky: 18,
  leftIndex: 19,
  rightIndex: 20,
  leftThumb: 21,
  rightThumb: 22,
  leftHip: 23,
  rightHip: 24,
  leftKnee: 25,
  rightKnee: 26,
  leftAnkle: 27,
  rightAnkle: 28,
  leftHeel: 29,
  rightHeel: 30,
  leftFootIndex: 31,
  rightFootIndex: 32,
} as const;
export type LandmarkName = keyof typeof Landmark;
export type LandmarkIndex = (typeof Landmark)[LandmarkName];

/** Bones drawn for the skeleton overlay (pairs of landmark indices). */
export const SKELETON_BONES: readonly (readonly [LandmarkIndex, LandmarkIndex])[] = [
  [11, 12],
  [11, 13],
  [13, 15],
  [12, 14],
  [14, 16],
  [11, 23],
  [12, 24],
  [23, 24],
  [23, 25],
  [25, 27],
  [27, 29],
  [29, 31],
  [27, 31],
  [24, 26],
  [26, 28],
  [28, 30],
  [30, 32],
  [28, 32],
  [0, 2],
  [0, 5],
  [2, 7],
  [5, 8],
  [9, 10],
  [15, 17],
  [15, 19],
  [17, 19],
  [16, 18],
  [16, 20],
  [18, 20],
];

/**
 * One landmark. Image landmarks: x and y normalised to the frame (0..1, may fall outside),
 * z relative depth. World landmarks: metres, origin at the hip centre, y down.
 * visibility/presence: the model's confidence (0..1) that the point is visible / present.
 */
export interface Point3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}
export interface PoseLandmark extends Point3 {
  readonly visibility: number;
  readonly presence: number;
}

/** One analysed frame: the model's output for the most prominent person, or none. */
export interface PoseFrame {
  /** Time of the frame on its source's own timeline (camera capture time or video frame time). */
  readonly timestampMs: Ms;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** 33 image landmarks, or null when no person was found. */
  readonly landmarks: readonly PoseLandmark[] | null;
  /** 33 world landmarks (metres), or null when no person was found. */
  readonly worldLandmarks: readonly PoseLandmark[] | null;
}
