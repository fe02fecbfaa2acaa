import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressBase, compactAddress, compactCidr, expandAddress, expandCidr } from "./address-packing";

const quad = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join("."));

describe("address packing", () => {
  it("writes a canonical address as its offset from the prefix's own address", () => {
    const base = addressBase("10.0.0.0/24");
    expect(compactAddress("10.0.0.20", base)).toBe(20);
    expect(compactCidr("10.0.1.10/24", base)).toEqual([266, 24]);
  });

  it("keeps text that is not written the canonical way as typed", () => {
    const base = addressBase("10.0.0.0/24");
    for (const text of ["10.0.0.020", " 10.0.0.1", "10.0.0.256", "", "fe80::1"]) expect(compactAddress(text, base)).toBe(text);
    for (const text of ["10.0.0.0/33", "10.0.0.0/024", "10.0.0.0", "10.0.0.0/24/1"]) expect(compactCidr(text, base)).toBe(text);
  });

  it("gives back exactly what it packed, whatever the prefix", () => {
    fc.assert(
      fc.property(quad, quad, fc.nat(32), (prefix, address, length) => {
        const base = addressBase(`${prefix}/24`);
        expect(expandAddress(compactAddress(address, base), base)).toBe(address);
        expect(expandCidr(compactCidr(`${address}/${length}`, base), base)).toBe(`${address}/${length}`);
      }),
      { seed: 20_261_201 },
    );
  });

  it("throws on numbers no address can be, so the link reads as damaged", () => {
    expect(() => expandAddress(-1, 0)).toThrow();
    expect(() => expandAddress(2 ** 32, 0)).toThrow();
    expect(() => expandAddress(0.5, 0)).toThrow();
    expect(() => expandCidr([0, 33], 0)).toThrow();
  });
});
