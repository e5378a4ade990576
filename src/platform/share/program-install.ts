// The patient's side of a program link: read it against the programs stored on this device, and
// install an accepted one. Installing stores the program version in the programs store (its id
// `lineage@vN` is the installed version, so an older link of the lineage is refused later as a
// replay) and the clinic's public keys in the settings store (a report is later encrypted to the
// receiving key). Reading changes nothing.
import { programVersionOf, programVersionRelation } from '../../core/programs/versions';
import type { Result } from '../../core/result';
import type { Program } from '../../core/session/types';
import type { ProfileRepository, ProgramRepository } from '../storage/records-repository';
import { base64urlEncode } from './bytes';
import {
  programLinkRead,
  type InstalledProgram,
  type ProgramFromLink,
  type ProgramLinkError,
} from './program-link';

/** The settings key of a clinic's public keys, by fingerprint. */
export const clinicKeySetting = (fingerprint: string): string => `clinic-keys:${fingerprint}`;

/** What the stored programs say is installed: the therapists' versioned programs. */
export const installedPrograms = (programs: readonly Program[]): InstalledProgram[] =>
  programs
    .filter((p) => p.source === 'therapist' && p.lineageId !== undefined)
    .map((p) => ({
      ...programVersionOf(p),
      keyFingerprint: p.prescribedBy?.keyFingerprint ?? null,
    }));

/** The verbs used: the storage's repositories, or fakes in unit tests. */
export interface ProgramInstallStorage {
  readonly programs: Pick<ProgramRepository, 'listPrograms' | 'saveProgram'>;
  readonly profile: Pick<ProfileRepository, 'saveSetting'>;
}

/** Verifies a link against this device's programs; stores nothing. */
export async function programOfferRead(
  storage: ProgramInstallStorage,
  link: string,
): Promise<Result<ProgramFromLink, ProgramLinkError>> {
  return programLinkRead(link, installedPrograms(await storage.programs.listPrograms()));
}

/**
 * Stores an accepted program and its clinic's keys. Checked again against what is stored now: a
 * newer version installed meanwhile (another tab) makes this one a replay, and nothing is stored.
 */
export async function programInstall(
  storage: ProgramInstallStorage,
  offer: ProgramFromLink,
  nowMs: number,
): Promise<Result<Program, ProgramLinkError>> {
  const installed = installedPrograms(await storage.programs.listPrograms());
  const ref = programVersionOf(offer.program);
  const sameLineage = installed.filter((i) => i.lineageId === ref.lineageId);
  if (programVersionRelation(ref, sameLineage) === 'older') {
    return {
      ok: false,
      error: {
        code: 'replay',
        installedVersion: Math.max(...sameLineage.map((i) => i.version)),
        linkVersion: ref.version,
      },
    };
  }
  const keys = `${base64urlEncode(offer.clinic.signingRaw)}.${base64urlEncode(offer.clinic.receivingRaw)}`;
  await storage.profile.saveSetting(clinicKeySetting(offer.fingerprint), keys, nowMs);
  await storage.programs.saveProgram(offer.program);
  return { ok: true, value: offer.program };
}
