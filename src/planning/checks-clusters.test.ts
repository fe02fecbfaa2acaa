import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { generatePlanInput } from "./generate-plan-input";
import type { PlanInput, WorkloadClusterInput } from "./plan-input-schema";

/** The same plan in objects the planner has never seen: nothing it kept can apply. */
const fresh = (input: PlanInput) => createPlan(structuredClone(input));

function withCluster(input: PlanInput, index: number, edit: (cluster: WorkloadClusterInput) => WorkloadClusterInput): PlanInput {
  return { ...input, clusters: input.clusters.map((cluster, at) => (at === index ? edit(cluster) : cluster)) };
}

describe("node pool findings kept with their cluster", () => {
  const input = generatePlanInput({ clusters: 4, servicesPerCluster: 0, nodePoolsPerCluster: 3, sameNodePoolNames: true });

  it.each<[string, (input: PlanInput) => PlanInput]>([
    ["a pool renamed in one cluster", (plan) => withCluster(plan, 1, (cluster) => ({ ...cluster, nodePools: cluster.nodePools.map((pool, at) => (at === 1 ? { ...pool, name: "other" } : pool)) }))],
    ["a cluster removed, so the later ones move up", (plan) => ({ ...plan, clusters: plan.clusters.slice(1) })],
    ["clusters reordered", (plan) => ({ ...plan, clusters: [...plan.clusters].reverse() })],
    ["a pool count that does not read", (plan) => withCluster(plan, 2, (cluster) => ({ ...cluster, nodePools: cluster.nodePools.map((pool, at) => (at === 0 ? { ...pool, count: "" } : pool)) }))],
  ])("finds what a fresh plan finds after %s, from rows it has seen before", (_, edit) => {
    createPlan(input);
    const edited = edit(input);
    const planned = createPlan(edited);
    expect(planned.issues).toEqual(fresh(edited).issues);
    expect(planned.issues.some((issue) => issue.path.startsWith("clusters.0.nodePools."))).toBe(true);
    // And back: what the first plan found, unchanged by what was kept in between.
    expect(createPlan(input).issues).toEqual(fresh(input).issues);
  });

  it("hands on the very findings of a cluster no edit touched", () => {
    const before = createPlan(input).issues.filter((issue) => issue.path.startsWith("clusters.3.nodePools."));
    const edited = withCluster(input, 0, (cluster) => ({ ...cluster, name: "renamed" }));
    const after = createPlan(edited).issues.filter((issue) => issue.path.startsWith("clusters.3.nodePools."));
    expect(after.length).toBeGreaterThan(0);
    after.forEach((issue, at) => expect(issue).toBe(before[at]));
  });
});
