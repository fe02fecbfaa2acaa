import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { janeStatic } from "./fixtures/plan-inputs";
import { planInputSchema, type PlanInput } from "./plan-input-schema";
import { countEntryOf, countKeyOfPath, readCount, readCounts } from "./read-counts";

describe("readCount", () => {
  it.each([
    [3, "workerNodes", 3],
    ["12", "workerNodes", 12],
    [" 7 ", "instances", 7],
    [0, "workerNodes", 0],
    [65_535, "port", 65_535],
  ] as const)("reads %j as a %s count of %d", (entry, key, value) => {
    expect(readCount(entry, key)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "workerNodes", "Enter the number of worker nodes"],
    ["  ", "controlPlaneNodes", "Enter the number of control plane nodes"],
    [0, "controlPlaneNodes", "Enter 1 or more"],
    ["0", "controlPlaneNodes", "Enter 1 or more"],
    ["3x", "workerNodes", '"3x" is not a whole number'],
    ["1.5", "count", '"1.5" is not a whole number'],
    ["-3", "instances", '"-3" is not a whole number'],
    [1.5, "workerNodes", "whole number"],
    ["16777215", "workerNodes", "Enter at most 16,777,214"],
    [70_000, "port", "A port is a number from 1 to 65535"],
    ["", "port", "Enter a port"],
    ["1001", "clusters", "Enter at most 1,000"],
  ] as const)("reports %j as a %s that does not read: %s", (entry, key, words) => {
    const reading = readCount(entry, key);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toContain(words);
  });
});

describe("countEntryOf", () => {
  it.each([
    ["3", "workerNodes", 3],
    ["", "workerNodes", ""],
    ["0", "controlPlaneNodes", "0"],
    ["0", "workerNodes", 0],
    ["3x", "instances", "3x"],
    ["99999999", "workerNodes", "99999999"],
  ] as const)("keeps %j of a %s as %j", (text, key, entry) => {
    expect(countEntryOf(text, key)).toBe(entry);
  });
});

describe("countKeyOfPath", () => {
  it.each([
    ["clusters.0.workerNodes", "workerNodes"],
    ["clusters.2.nodePools.1.count", "count"],
    ["services.9.port", "port"],
    ["options.growthReserve.clusters", "clusters"],
    ["options.growthReserve.controlPlaneNodes", "controlPlaneNodes"],
    ["clusters", null],
    ["vnet.gateway", null],
    ["clusters.0.name", null],
  ] as const)("%s holds %s", (path, key) => {
    expect(countKeyOfPath(path)).toBe(key);
  });
});

function janeWith(edit: (input: PlanInput) => void): PlanInput {
  const input: PlanInput = janeStatic();
  edit(input);
  return planInputSchema.parse(input);
}

describe("readCounts", () => {
  it("passes a plan whose counts all read unchanged, rows included", () => {
    const input = janeStatic();
    const reading = readCounts(input);
    expect(reading.issues).toEqual([]);
    expect(reading.unread).toEqual([]);
    expect(reading.counted.clusters[0]).toBe(input.clusters[0]);
  });

  it("reports each count that does not read at its path and stands it at its lower bound", () => {
    const input = janeWith((i) => {
      i.clusters[0]!.workerNodes = "";
      i.clusters[1]!.controlPlaneNodes = "0";
      i.services[0]!.instances = "two";
    });
    const reading = readCounts(input);
    expect(reading.unread).toEqual(["clusters.0.workerNodes", "clusters.1.controlPlaneNodes", "services.0.instances"]);
    expect(reading.issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ["clusters.0.workerNodes", "error"],
      ["clusters.1.controlPlaneNodes", "error"],
      ["services.0.instances", "error"],
    ]);
    expect(reading.counted.clusters[0]!.workerNodes).toBe(0);
    expect(reading.counted.clusters[1]!.controlPlaneNodes).toBe(1);
    expect(reading.counted.services[0]!.instances).toBe(1);
  });
});

describe("createPlan with counts that do not read", () => {
  it("counts them as errors of the plan, keeps the entry as typed and says the figures are incomplete", () => {
    const plan = createPlan(janeWith((i) => (i.clusters[0]!.workerNodes = "")));
    expect(plan.errorCount).toBe(1);
    expect(plan.issues).toEqual([expect.objectContaining({ path: "clusters.0.workerNodes", severity: "error" })]);
    expect(plan.input.clusters[0]!.workerNodes).toBe("");
    expect(plan.unreadCounts).toEqual(["clusters.0.workerNodes"]);
    expect(plan.need.total).toBeLessThan(createPlan(janeStatic()).need.total);
  });

  it("judges no rule on a stand-in: no 'no worker nodes' warning, no node-pool sum against it", () => {
    const plan = createPlan(
      janeWith((i) => {
        i.clusters[0]!.nodePools = [{ name: "pool", count: 3, osType: "linux" }];
        i.clusters[0]!.workerNodes = "";
      }),
    );
    expect(plan.issues.map((issue) => issue.path)).toEqual(["clusters.0.workerNodes"]);
  });

  it("is complete again once the entry reads", () => {
    const plan = createPlan(janeWith((i) => (i.clusters[0]!.workerNodes = "3")));
    expect(plan.unreadCounts).toEqual([]);
    expect(plan.errorCount).toBe(0);
  });
});
