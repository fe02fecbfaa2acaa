export const CHECKSUM_LENGTH = 6;
const CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE) in six characters of lz-string's URI alphabet; it detects every one-character change. */
export function checksum(text: string): string {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i += 1) {
    crc = (crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  let out = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i += 1) {
    out += CHECKSUM_ALPHABET[Math.floor(crc / 64 ** i) % 64];
  }
  return out;
}
