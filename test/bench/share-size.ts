// Size of a program link and of the QR code payload for 4, 8 and 12 exercises (issue #11,
// Measure). The program is the tests' typical one (test/helpers/program-fixtures.ts): per exercise
// a ROM target, tempo, load, side, a one-sentence note and two levels; a name, a description and a
// schedule. The QR code carries the whole link as text (a phone's camera app must open it), in
// byte mode; version 40 holds 2953 bytes at error correction L, 2331 at M.
// Run: npm run bench:share
import {
  clinicFingerprint,
  clinicKeysGenerate,
  clinicPublicKeys,
} from '../../src/platform/share/clinic-keys';
import { programLinkCreate, programPayloadCreate } from '../../src/platform/share/program-link';
import { programWith } from '../helpers/program-fixtures';

const APP_URL = 'https://formcoach.app/';
const QR_40_L_BYTES = 2953;
const QR_40_M_BYTES = 2331;

const keys = await clinicKeysGenerate();
const fingerprint = await clinicFingerprint(await clinicPublicKeys(keys));
const rows = [];
for (const n of [4, 8, 12]) {
  const program = programWith(n, fingerprint);
  const json = new TextEncoder().encode(JSON.stringify({ program })).length;
  const payload = (await programPayloadCreate(program, keys)).length;
  const link = new TextEncoder().encode(await programLinkCreate(program, keys, APP_URL)).length;
  rows.push({
    exercises: n,
    'program JSON (B)': json,
    'signed payload (B)': payload,
    'link = QR payload (B)': link,
    'fits QR 40-L': link <= QR_40_L_BYTES,
    'fits QR 40-M': link <= QR_40_M_BYTES,
  });
}
console.log(
  `App URL ${APP_URL} (${APP_URL.length} B); payload = 195 B of keys and signature + deflate-raw JSON.`,
);
console.table(rows);
