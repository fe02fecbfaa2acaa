import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { settleRow, settleValues } from "./form-values";

const rowSchema = z.object({ name: z.string(), workers: z.number().check(z.int(), z.gte(0)) });
const schema = z.object({ name: z.string(), clusters: z.array(rowSchema) });
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

describe("settleRow", () => {
  const stored: Values = { name: "old", clusters: [{ name: "a", workers: 5 }, { name: "b", workers: 1 }] };

  it("takes the changed row and keeps every other row and field as stored", () => {
    const values = { name: "typed but not handed over", clusters: [{ name: "a", workers: 5 }, { name: "bb", workers: 3 }] };
    const settled = settleRow(rowSchema, "clusters", 1, values, stored);
    expect(settled).toEqual({ name: "old", clusters: [{ name: "a", workers: 5 }, { name: "bb", workers: 3 }] });
    expect(settled?.clusters[0]).toBe(stored.clusters[0]);
  });

  it("keeps the last good value of a field in the row that does not parse", () => {
    const values = { name: "old", clusters: [stored.clusters[0], { name: "c", workers: Number.NaN }] };
    expect(settleRow(rowSchema, "clusters", 1, values, stored)?.clusters[1]).toEqual({ name: "c", workers: 1 });
  });

  it("leaves the stored values alone", () => {
    settleRow(rowSchema, "clusters", 0, { name: "old", clusters: [{ name: "z", workers: 2 }, stored.clusters[1]] }, stored);
    expect(stored.clusters[0]).toEqual({ name: "a", workers: 5 });
  });

  it.each([
    ["a row added since", { name: "old", clusters: [...stored.clusters, { name: "c", workers: 1 }] }, 2],
    ["a row removed since", { name: "old", clusters: [{ name: "a", workers: 6 }] }, 0],
    ["a row past the end", { name: "old", clusters: stored.clusters }, 5],
  ])("gives up on %s, for a whole settle to take over", (_, values, index) => {
    expect(settleRow(rowSchema, "clusters", index, values as Values, stored)).toBeNull();
  });
});
