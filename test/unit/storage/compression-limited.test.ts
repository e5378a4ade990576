import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRawLimited } from '../../../src/platform/storage/compression';

describe('inflateRawLimited', () => {
  it('inflates up to the limit and refuses one byte more', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 7);
    const packed = await deflateRaw(bytes);
    expect(await inflateRawLimited(packed, bytes.length)).toEqual(bytes);
    expect(await inflateRawLimited(packed, bytes.length - 1)).toBeNull();
  });
});
