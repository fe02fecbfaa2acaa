import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { parseWholeNumber, settleValues } from "./form-values";

const schema = z.object({
  name: z.string(),
  clusters: z.array(z.object({ name: z.string(), workers: z.number().check(z.int(), z.gte(0)) })),
});
type Values = z.infer<typeof schema>;

const lastGood: Values = { name: "old", clusters: [{ name: "a", workers: 5 }] };

describe("settleValues", () => {
  it("passes valid values through", () => {
    const values = { name: "new", clusters: [{ name: "b", workers: 2 }] };
    expect(settleValues(schema, values, lastGood)).toEqual(values);
  });

  it("keeps the last good value of a field that does not parse and takes every other change", () => {
    const values = { name: "new", clusters: [{ name: "b", workers: Number.NaN }] };
    expect(settleValues(schema, values, lastGood)).toEqual({ name: "new", clusters: [{ name: "b", workers: 5 }] });
  });

  it("gives up when the bad field has no last good value (a row the store has not seen)", () => {
    const values = { name: "new", clusters: [lastGood.clusters[0], { name: "c", workers: -1 }] };
    expect(settleValues(schema, values, lastGood)).toBeNull();
  });

  it("does not change the values it was given", () => {
    const values = { name: "new", clusters: [{ name: "b", workers: Number.NaN }] };
    settleValues(schema, values, lastGood);
    expect(values.clusters[0]?.workers).toBeNaN();
  });
});

describe("parseWholeNumber", () => {
  it.each([
    ["0", 0],
    ["12", 12],
    [" 7 ", 7],
    ["-3", -3],
  ])("reads %j as %d", (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });

  it.each(["", " ", "1.5", "1e3", "12abc", "0x10", "99999999999999999"])("reads %j as not a number", (text) => {
    expect(parseWholeNumber(text)).toBeNaN();
  });
});
