import { crc32 } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checksum, CHECKSUM_LENGTH } from "./link-checksum";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

/** Node's own CRC-32, written in the link's six characters: an independent implementation. */
function nodeChecksum(text: string): string {
  const crc = crc32(text);
  return Array.from({ length: CHECKSUM_LENGTH }, (_, i) => ALPHABET[Math.floor(crc / 64 ** i) % 64]).join("");
}

describe("checksum", () => {
  it("is CRC-32 (IEEE) of the text, as Node computes it", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET, ".") }), (text) => {
        expect(checksum(text)).toBe(nodeChecksum(text));
      }),
      { seed: 20_261_201 },
    );
  });

  it("uses only characters a fragment needs no escaping for", () => {
    expect(checksum("v1.NoBgNMBEB")).toMatch(/^[A-Za-z0-9+\-$]{6}$/);
  });
});
