/** Bytes that crossed a thread by structured clone arrive as a plain Uint8Array; this views them as a Buffer without copying. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
