import { describe, expect, it } from "vitest";
import { clampPage, errorPaths, firstRowIndex, PAGE_SIZE, pageBounds, pageCount, pageOfIndex, rangeLabel, rowIndexOfPath } from "./paging";

describe("pageCount", () => {
  it.each([
    [0, 1],
    [1, 1],
    [25, 1],
    [26, 2],
    [1_000, 40],
    [10_000, 400],
  ])("puts %d rows on %d pages", (total, pages) => {
    expect(pageCount(total)).toBe(pages);
  });
});

describe("pageOfIndex", () => {
  it.each([
    [0, 0],
    [24, 0],
    [25, 1],
    [49, 1],
    [9_999, 399],
  ])("finds row %d on page %d", (index, page) => {
    expect(pageOfIndex(index)).toBe(page);
  });

  it("takes another page size", () => {
    expect(pageOfIndex(10, 10)).toBe(1);
  });
});

describe("clampPage", () => {
  it.each([
    [3, 100, 3],
    [4, 100, 3],
    [4, 76, 3],
    [4, 75, 2],
    [-1, 100, 0],
    [2, 0, 0],
  ])("keeps page %d of %d rows at %d", (page, total, kept) => {
    expect(clampPage(page, total)).toBe(kept);
  });
});

describe("pageBounds", () => {
  it.each([
    [0, 0, { start: 0, end: 0 }],
    [0, 3, { start: 0, end: 3 }],
    [1, 1_000, { start: 25, end: 50 }],
    [39, 1_000, { start: 975, end: 1_000 }],
    [2, 60, { start: 50, end: 60 }],
    // A page gone with removed rows shows the last one left.
    [5, 60, { start: 50, end: 60 }],
  ])("bounds page %d of %d rows", (page, total, bounds) => {
    expect(pageBounds(page, total)).toEqual(bounds);
  });

  it("covers every row exactly once across the pages", () => {
    const total = 3 * PAGE_SIZE + 7;
    const rows = Array.from({ length: pageCount(total) }, (_, page) => pageBounds(page, total)).flatMap(({ start, end }) =>
      Array.from({ length: end - start }, (_, i) => start + i),
    );
    expect(rows).toEqual(Array.from({ length: total }, (_, i) => i));
  });
});

describe("rangeLabel", () => {
  it.each([
    ["Services", { start: 25, end: 50 }, 1_000, "Services 26–50 of 1,000"],
    ["Workload clusters", { start: 0, end: 25 }, 26, "Workload clusters 1–25 of 26"],
    ["Services", { start: 9_975, end: 10_000 }, 10_000, "Services 9,976–10,000 of 10,000"],
    ["Services", { start: 0, end: 0 }, 0, "Services: none"],
  ])("says where %s %j of %d are", (noun, bounds, total, label) => {
    expect(rangeLabel(noun, bounds, total)).toBe(label);
  });
});

describe("rowIndexOfPath", () => {
  it.each([
    ["services.12.port", "services", 12],
    ["services.0", "services", 0],
    ["clusters.3.nodePools.1.count", "clusters", 3],
    ["clusters.3.nodePools", "clusters", 3],
    ["services", "services", null],
    ["services.root", "services", null],
    ["servicesx.1.port", "services", null],
    ["options.growthReserve.clusters", "services", null],
    ["clusters.1.name", "services", null],
  ])("finds the row of %j in %j: %j", (path, list, row) => {
    expect(rowIndexOfPath(path, list)).toBe(row);
  });
});

describe("firstRowIndex", () => {
  it("takes the lowest row, not the first path", () => {
    expect(firstRowIndex(["services.40.name", "options.vipSharing", "services.7.port", "services.30.cluster"], "services")).toBe(7);
  });

  it("is null when no path is in a row", () => {
    expect(firstRowIndex(["options.vipSharing", "services"], "services")).toBeNull();
    expect(firstRowIndex([], "services")).toBeNull();
  });
});

describe("errorPaths", () => {
  it("lists the path of every error in react-hook-form's nested errors, rows included", () => {
    const services = [];
    services[3] = { port: { type: "invalid_type", message: "Enter a port number" } };
    services[30] = { instances: { type: "too_small", message: "Enter 1 or more" }, name: { type: "too_big", message: "Keep this under 256 characters" } };
    const errors = { services, options: { growthReserve: { workerNodes: { type: "invalid_type", message: "Enter a whole number" } } } };
    expect(errorPaths(errors)).toEqual(["services.3.port", "services.30.instances", "services.30.name", "options.growthReserve.workerNodes"]);
  });

  it("names a list's own error by its root", () => {
    expect(errorPaths({ clusters: { root: { type: "too_big", message: "Plan at most 1,000 workload clusters" } } })).toEqual(["clusters.root"]);
  });

  it("is empty without errors", () => {
    expect(errorPaths({})).toEqual([]);
  });
});
