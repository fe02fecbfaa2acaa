import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits } from "./group-digits";

describe("groupDigits", () => {
  it("groups thousands with commas", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1_000)).toBe("1,000");
    expect(groupDigits(16_777_214)).toBe("16,777,214");
    expect(groupDigits(-1_234_567)).toBe("-1,234,567");
  });

  it("prints every safe whole number as toLocaleString('en-US') does", () => {
    fc.assert(fc.property(fc.maxSafeInteger().filter((n) => !Object.is(n, -0)), (n) => groupDigits(n) === n.toLocaleString("en-US")));
  });
});
