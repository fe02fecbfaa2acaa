import { createPlan } from "../planning/create-plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { formatCount } from "../planning/wording";

/** One line of the replace question: what it is, and how each plan has it. */
export interface PlanDifference {
  label: string;
  current: string;
  incoming: string;
}

const MODEL_NAMES: Record<PlanInput["model"], string> = { static: "Static IP", dhcp: "DHCP" };

/** The facts an admin recognises a plan by, in the order the wizard asks for them. */
function factsOf(input: PlanInput): Array<[string, string]> {
  const plan = createPlan(input);
  const nodes = plan.counted.clusters.reduce((sum, cluster) => sum + cluster.controlPlaneNodes + cluster.workerNodes, 0);
  return [
    ["Network model", MODEL_NAMES[input.model]],
    ["Virtual network", input.vnet.name.trim() || "no name yet"],
    ["Address prefix", input.vnet.addressPrefix.trim() || "none yet"],
    ["Workload clusters", formatCount(input.clusters.length)],
    ["Cluster nodes", formatCount(nodes)],
    ["Services", formatCount(input.services.length)],
    ["IP addresses needed", formatCount(plan.need.total)],
  ];
}

/**
 * Where the admin's plan and the incoming one differ, fact by fact; empty when these facts agree
 * (the plans then differ only in fields these do not sum up: pools, gateway, DNS, names).
 */
export function planDifferences(current: PlanInput, incoming: PlanInput): PlanDifference[] {
  const theirs = factsOf(incoming);
  return factsOf(current).flatMap(([label, mine], index) => {
    const other = theirs[index]?.[1] ?? "";
    return mine === other ? [] : [{ label, current: mine, incoming: other }];
  });
}
