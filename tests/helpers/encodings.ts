import { TextDecoder } from 'util';

/**
 * `text` in a single-byte legacy encoding (windows-1256, ISO-8859-6…), as an old WordPress site
 * would write its export: the byte of each character is the one the WHATWG decoder of `label`
 * reads as it (Node has decoders of these encodings, no encoders). Throws on a character the
 * encoding has no byte for, so a fixture never silently loses one.
 */
export function encodeSingleByte(text: string, label: string): Buffer {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (char !== '\uFFFD' && !byteOf.has(char)) byteOf.set(char, byte);
  }
  return Buffer.from(
    Array.from(text, (char) => {
      const byte = byteOf.get(char);
      if (byte === undefined) throw new Error(`U+${char.codePointAt(0)!.toString(16)} has no byte in ${label}`);
      return byte;
    })
  );
}
