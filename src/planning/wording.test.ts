import { describe, expect, it } from "vitest";
import { findingCounts, formatAddresses, formatCount, plural } from "./wording";

describe("wording", () => {
  it.each([
    [0, "0"],
    [1_000, "1,000"],
    [16_777_214, "16,777,214"],
  ])("formatCount(%d) is %s", (value, text) => expect(formatCount(value)).toBe(text));

  it.each([
    [1, "error", undefined, "1 error"],
    [2, "error", undefined, "2 errors"],
    [0, "warning", undefined, "0 warnings"],
    [1_200, "address", "addresses", "1,200 addresses"],
  ])("plural(%d, %s)", (count, noun, nouns, text) => expect(plural(count, noun, nouns)).toBe(text));

  it("words addresses", () => expect([formatAddresses(1), formatAddresses(32)]).toEqual(["1 address", "32 addresses"]));

  it.each([
    [2, 1, false, "2 errors, 1 warning"],
    [0, 0, false, "0 errors, 0 warnings"],
    [0, 3, true, "3 warnings"],
    [1, 0, true, "1 error"],
    [0, 0, true, ""],
  ])("findingCounts(%d, %d, skipZero %s) is %j", (errors, warnings, skipZero, text) => expect(findingCounts(errors, warnings, { skipZero })).toBe(text));
});
