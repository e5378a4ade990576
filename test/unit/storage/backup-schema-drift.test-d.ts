// Type-level tests of the backup schema's check against the stored domain types: checked by
// `tsc -b` (npm run typecheck), never run. Each case is a drift the check must name by its path,
// or refuse to compile; the real schema has none.
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import type { RepQuality } from '../../../src/core/rep-quality';
import type { Ms } from '../../../src/core/units';
import {
  repQualitySchema,
  type BackupSchemaDrift,
} from '../../../src/platform/storage/backup-schema';
import type { Drift, ExpectNoDrift } from '../../../src/platform/storage/backup-schema-drift';

// The real schema and the domain types are the same shape, every store, every depth.
expectTypeOf<BackupSchemaDrift>().toBeNever();
expectTypeOf<Drift<RepQuality, z.output<typeof repQualitySchema>>>().toBeNever();

// A missing optional field (the drift that refused the app's own backups) is named…
export const withoutTargetHold = repQualitySchema.omit({ targetHoldMs: true });
type WithoutTargetHold = Drift<RepQuality, z.output<typeof withoutTargetHold>>;
expectTypeOf<WithoutTargetHold>().toEqualTypeOf<'targetHoldMs: in the domain type, not in the schema'>();
// … and fails the build.
// @ts-expect-error a schema without targetHoldMs does not satisfy the check
export type MissingOptionalFails = ExpectNoDrift<WithoutTargetHold>;

// The other direction: a field the domain type does not have.
export const withExtra = repQualitySchema.extend({ extra: z.number() });
expectTypeOf<
  Drift<RepQuality, z.output<typeof withExtra>>
>().toEqualTypeOf<'extra: in the schema, not in the domain type'>();

// Optional in one, required in the other.
export const requiredHold = repQualitySchema.extend({
  targetHoldMs: z.number().transform((v) => v as Ms),
});
expectTypeOf<
  Drift<RepQuality, z.output<typeof requiredHold>>
>().toEqualTypeOf<'targetHoldMs: optional in the domain type, required in the schema'>();

// A brand lost (Ms read as a bare number), and null allowed on one side only.
export const unbranded = repQualitySchema.extend({ upMs: z.number() });
expectTypeOf<
  Drift<RepQuality, z.output<typeof unbranded>>
>().toEqualTypeOf<'upMs: the values differ (domain type and schema accept different primitives, nulls or brands)'>();
export const nullableScore = repQualitySchema.extend({ score: z.number().nullable() });
expectTypeOf<
  Drift<RepQuality, z.output<typeof nullableScore>>
>().toEqualTypeOf<'score: the values differ (domain type and schema accept different primitives, nulls or brands)'>();

// Any depth, through lists and nullable objects, with `readonly` ignored on both sides.
interface Deep {
  readonly a: readonly { readonly b?: { readonly c: number } | null }[];
}
expectTypeOf<Drift<Deep, { a: { b?: { c: number } | null }[] }>>().toBeNever();
expectTypeOf<
  Drift<Deep, { a: { b?: { c: number; d?: string } | null }[] }>
>().toEqualTypeOf<'a[].b.d: in the schema, not in the domain type'>();
expectTypeOf<
  Drift<Deep, { a: { b?: object | null }[] }>
>().toEqualTypeOf<'a[].b.c: in the domain type, not in the schema'>();
expectTypeOf<
  Drift<Deep, { a: { b: { c: number } | null }[] }>
>().toEqualTypeOf<'a[].b: optional in the domain type, required in the schema'>();
