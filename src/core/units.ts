// Branded units: an angle or a time is never a bare number in the core's API.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Degrees = Brand<number, 'Degrees'>;
export type Radians = Brand<number, 'Radians'>;
/** Milliseconds on some clock (a media timeline or a monotonic graph clock). */
export type Ms = Brand<number, 'Ms'>;

export const degrees = (value: number): Degrees => value as Degrees;
export const radians = (value: number): Radians => value as Radians;
export const ms = (value: number): Ms => value as Ms;

export const radiansToDegrees = (value: Radians): Degrees => degrees((value * 180) / Math.PI);
export const degreesToRadians = (value: Degrees): Radians => radians((value * Math.PI) / 180);
