// Type-level equality of a stored shape and what its zod schema lets through, in both directions,
// at every depth: the same keys, the same optional keys, the same leaf types (brands included).
// The domain types live in the pure core (no packages, so no zod there); the backup schema is
// written here and checked against them with `Drift`, which names each difference by its path in
// the backup file, e.g. "data.sets[].summary.reps[].quality.targetHoldMs: in the domain type, not
// in the schema" (the path an import would have refused). `readonly` is not a stored property and
// is ignored; a brand (`Ms`, `Degrees`) is part of the leaf and must match.

/** What is compared as a whole: primitives, branded primitives included (`Ms` is a number). */
type Leaf = string | number | boolean | bigint | symbol | null | undefined;

/** Exact identity of two types (not mere assignability: `{a?: 1}` is not `{}`). */
export type Equals<X, Y> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** The shape as stored: `readonly` removed at every depth, intersections flattened. */
export type Plain<T> = T extends Leaf
  ? T
  : T extends readonly (infer E)[]
    ? Plain<E>[]
    : { -readonly [K in keyof T]: Plain<T[K]> };

type Join<P extends string, K extends PropertyKey> = K extends string | number
  ? P extends ''
    ? `${K}`
    : `${P}.${K}`
  : never;
type IsOptional<T, K extends keyof T> = object extends Pick<T, K> ? true : false;
/** The object members of a type (not leaves, not arrays). */
type Obj<T> = Exclude<T, Leaf | readonly unknown[]>;
type Elem<T> = Extract<T, readonly unknown[]> extends readonly (infer E)[] ? E : never;
type None<T> = [T] extends [never] ? true : false;

/** Keys of `A` that `B` lacks, each as "path: where". */
type OnlyIn<A, B, P extends string, Where extends string> = {
  [K in Exclude<keyof A, keyof B>]: `${Join<P, K>}: ${Where}`;
}[Exclude<keyof A, keyof B>];
type Optionality<T, K extends keyof T> = IsOptional<T, K> extends true ? 'optional' : 'required';

type ObjectDrift<D, S, P extends string> =
  None<D> extends true
    ? None<S> extends true
      ? never
      : `${P}: an object in the schema, not in the domain type`
    : None<S> extends true
      ? `${P}: an object in the domain type, not in the schema`
      : | OnlyIn<D, S, P, 'in the domain type, not in the schema'>
        | OnlyIn<S, D, P, 'in the schema, not in the domain type'>
        | {
            [K in keyof D & keyof S]: IsOptional<D, K> extends IsOptional<S, K>
              ? Drift<D[K], S[K], Join<P, K>>
              : `${Join<P, K>}: ${Optionality<D, K>} in the domain type, ${Optionality<S, K>} in the schema`;
          }[keyof D & keyof S];

type ArrayDrift<D, S, P extends string> =
  None<Extract<D, readonly unknown[]>> extends None<Extract<S, readonly unknown[]>>
    ? None<Extract<D, readonly unknown[]>> extends true
      ? never
      : Drift<Elem<D>, Elem<S>, `${P}[]`>
    : `${P}: a list in one of the domain type and the schema only`;

type LeafDrift<D, S, P extends string> =
  Equals<Extract<D, Leaf>, Extract<S, Leaf>> extends true
    ? never
    : `${P}: the values differ (domain type and schema accept different primitives, nulls or brands)`;

type Parts<D, S, P extends string> =
  LeafDrift<D, S, P> | ArrayDrift<D, S, P> | ObjectDrift<Obj<D>, Obj<S>, P>;

/**
 * Every difference between domain type `D` and schema output `S`, as path messages; `never` when
 * they are the same shape. A difference that no rule above names still shows, at its path.
 */
export type Drift<D, S, P extends string = ''> =
  Equals<Plain<D>, Plain<S>> extends true
    ? never
    : None<Parts<D, S, P>> extends true
      ? `${P}: the types differ`
      : Parts<D, S, P>;

/** Fails to compile, naming each difference, unless `T` is `never`. */
export type ExpectNoDrift<T extends never> = T;
