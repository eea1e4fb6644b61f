/**
 * Typed arrays in the JSON search artefact, as base64. Uses atob/btoa, which Node and the
 * Workers runtime both have (the core must not depend on Node's Buffer).
 */

export function bytesToBase64(bytes: Uint8Array): string {
  const chunks: string[] = []
  // String.fromCharCode takes its arguments on the stack: convert in slices.
  for (let i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)))
  return btoa(chunks.join(''))
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** The bytes of a typed array (little-endian on every platform Tussenruimte runs on). */
export const encodeArray = (array: Uint8Array | Uint16Array | Uint32Array): string => bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength))

export function decodeUint32(text: string): Uint32Array {
  const bytes = base64ToBytes(text)
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
}

export function decodeUint16(text: string): Uint16Array {
  const bytes = base64ToBytes(text)
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2)
}
