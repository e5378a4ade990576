// deflate-raw through the platform's CompressionStream (browsers, Node ≥ 18): no package.
const pipe = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) => {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
};

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new CompressionStream('deflate-raw'));

export const inflateRaw = (bytes: Uint8Array): Promise<Uint8Array> =>
  pipe(bytes, new DecompressionStream('deflate-raw'));
