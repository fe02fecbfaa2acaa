import type { NetworkPlan, Plan } from "../planning/plan";
import { clusterNetworksOf } from "../planning/plan-input-schema";

/**
 * One network of a plan as the views that show one network read a plan: its own counts, breakdown,
 * split, ranges, suggestions and map in the plan's places, its own fields as `vnet`. The figures
 * are the planner's, taken as they are (nothing is counted again); kept per network object, so a
 * view's memoised parts see the same object on every render of the same plan.
 */
const views = new WeakMap<NetworkPlan, Plan>();

export function planOfNetwork(plan: Plan, network: NetworkPlan): Plan {
  if (network.index === null && plan.networks.length === 1) return plan;
  let view = views.get(network);
  if (!view) {
    const vnet = network.index === null ? plan.input.vnet : (clusterNetworksOf(plan.input)[network.index] ?? plan.input.vnet);
    const { minimum, reserve, need, breakdown, subnet, split, ranges, suggestions, addressMap } = network;
    view = { ...plan, input: { ...plan.input, vnet }, minimum, reserve, need, breakdown, subnet, split, ranges, suggestions, addressMap };
    views.set(network, view);
  }
  return view;
}

/** "The AKS host's network janevnet: workload cluster clustera", "Cluster network clusterbvnet: workload cluster clusterb". */
export function networkTitle(plan: Plan, network: NetworkPlan): string {
  const names = network.clusters.map((index) => {
    const name = plan.input.clusters[index]?.name.trim() ?? "";
    return name === "" ? String(index + 1) : name;
  });
  const shown = names.length > 5 ? [...names.slice(0, 4), `${names.length - 4} more`] : names;
  const clusters = names.length === 0 ? "no workload clusters" : `workload ${names.length === 1 ? "cluster" : "clusters"} ${shown.join(", ")}`;
  const head = network.label.charAt(0).toUpperCase() + network.label.slice(1);
  const name = network.index === null && network.name.trim() !== "" ? ` ${network.name}` : "";
  return `${head}${name}: ${clusters}`;
}
