import { ips } from "./breakdown";
import type { AddressNeed, Recommendation } from "./plan";
import type { CountedInput } from "./plan-input-schema";
import { RECOMMENDED_PREFIX } from "./subnet";

const NO_ENLARGING =
  "Pools cannot be enlarged after the AKS host or a workload cluster is deployed: changing them means removing the clusters and uninstalling AKS.";

/** PLANNING_SPEC.md section 5, "Recommended, not part of the minimum": shown apart from the counts. */
export function buildRecommendations(input: CountedInput, need: AddressNeed, reserve: AddressNeed): Recommendation[] {
  return [
    {
      id: "aks-host-api-server-vip",
      text: `Add 1 more address to the virtual IP pool for the AKS host's own API server: ${ips(need.vip + 1)} instead of ${need.vip}.`,
      reason:
        "In the field, the management cluster's API server takes the first address of the virtual IP pool; the reference doc's minimum does not count it.",
    },
    growthRoom(input, reserve),
  ];
}

function growthRoom(input: CountedInput, reserve: AddressNeed): Recommendation {
  const { clusters } = input.options.growthReserve;
  const text =
    clusters > 0
      ? `The pools already hold the growth reserve of ${clusters} more workload ${clusters === 1 ? "cluster" : "clusters"} (${ips(reserve.total)}); ` +
        "leave more room than that if nodes, services or clusters may be added beyond it."
      : `Size the pools above the minimum, or set a growth reserve, to leave room for more clusters, nodes and services; the reference doc recommends reserving at least a /${RECOMMENDED_PREFIX} (256 addresses).`;
  return { id: "growth-room", text, reason: NO_ENLARGING };
}
