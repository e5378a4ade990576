// deflate-raw through the platform's CompressionStream (browsers, Node ≥ 18): no package.
const pipe = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) => {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
};

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new CompressionStream('deflate-raw'));

export const inflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new DecompressionStream('deflate-raw'));

/**
 * inflateRaw that stops at `maxBytes` of output: null when the data inflates past it (a
 * "compression bomb": a few kilobytes from a link or a report must not fill the memory).
 */
export async function inflateRawLimited(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
