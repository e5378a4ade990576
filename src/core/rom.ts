// The one formula for range of motion and its share of the target, used by rep quality, the
// analyzer's "target reached" cue, the live gauge and the summaries alike.
//
// romDeg      value − zeroDeg (direction increase) or zeroDeg − value (decrease) on the ROM measure,
//             never below 0: for every movement whose zero is the anatomical position this is the
//             goniometric angle (knee flexion 0° = straight; shoulder flexion 0° = arm at the side)
// romPercent  100 × romDeg / targetDeg (may exceed 100)
import type { RomSpec } from './exercises/types';

export function romDegOf(rom: RomSpec, value: number): number {
  const signed = rom.direction === 'increase' ? value - rom.zeroDeg : rom.zeroDeg - value;
  return Math.max(0, signed);
}

export const romPercentOf = (romDeg: number, targetDeg: number): number =>
  (100 * romDeg) / targetDeg;
