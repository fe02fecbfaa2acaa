import type { IssueList } from "../checks-shared";
import { sized } from "../free-space";
import type { SizedRange } from "../plan";
import { minimumPrefixFor } from "../subnet";
import { buildArcBreakdown, arcClusterLabel } from "./arc-breakdown";
import { checkArcPlan } from "./arc-checks";
import { countArcClusters, totalNeed } from "./arc-counting";
import type { ArcPlanInput } from "./arc-input-schema";
import type { ArcPlan, ArcSubnetSizing, PoolSummary } from "./arc-plan";
import { readArcInput, type ArcFacts } from "./arc-read";
import { suggestArcRanges, type ArcSuggestions } from "./arc-suggest";
import type { ArcClusterNeed } from "./arc-plan";
import { ARC_POOLS } from "./arc-rules";

const [IP_POOL, LOAD_BALANCER] = ARC_POOLS;

/**
 * The AKS Arc plan: the input read once into numbers, then counted, suggested, checked and
 * itemised. Never throws for a schema-valid input; works on ranges, never per address.
 */
export function createArcPlan(input: ArcPlanInput): ArcPlan {
  const readIssues: IssueList = [];
  const facts = readArcInput(input, readIssues);
  const clusters = countArcClusters(input);
  const need = totalNeed(clusters);
  const subnet: ArcSubnetSizing = { minimumPrefix: minimumPrefixFor(need.total), chosenPrefix: facts.subnet?.prefix ?? null };
  const suggestions = suggestArcRanges(facts, clusters, need);
  const issues = checkArcPlan(input, { facts, clusters, need, subnet, suggestions }, readIssues);
  const errorCount = issues.filter((issue) => issue.severity === "error").length;
  return {
    platform: "aks-arc",
    input,
    read: facts,
    clusters,
    need,
    breakdown: buildArcBreakdown(input, clusters, need, subnet),
    subnet,
    prefix: facts.subnet && { ...sized({ start: facts.subnet.network, end: facts.subnet.broadcast }), prefix: facts.subnet.prefix },
    pools: poolSummaries(input, facts, clusters, suggestions),
    suggestionReason: suggestions.reason,
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
  };
}

/** The ARC_POOLS table filled in: the IP pool, then each cluster's load-balancer addresses. */
function poolSummaries(input: ArcPlanInput, facts: ArcFacts, clusters: readonly ArcClusterNeed[], suggestions: ArcSuggestions): PoolSummary[] {
  const typedPool: SizedRange[] = facts.ipPool ? [sized(facts.ipPool)] : [];
  const pools: PoolSummary[] = [
    {
      id: IP_POOL.id,
      label: IP_POOL.label,
      need: clusters.reduce((sum, cluster) => sum + cluster.ipPool, 0),
      typed: typedPool,
      typedSize: typedPool.reduce((sum, range) => sum + range.size, 0),
      suggested: suggestions.ipPool,
      paths: ["logicalNetwork.ipPoolStart", "logicalNetwork.ipPoolEnd"],
    },
  ];
  input.clusters.forEach((cluster, index) => {
    const typed = (facts.clusters[index]?.loadBalancerRanges ?? []).map((range) => sized(range.value));
    pools.push({
      id: `${LOAD_BALANCER.id}-${index}`,
      label: `${LOAD_BALANCER.label} of ${arcClusterLabel(cluster.name, index)}`,
      need: clusters[index]?.loadBalancer ?? 0,
      typed,
      typedSize: typed.reduce((sum, range) => sum + range.size, 0),
      suggested: suggestions.loadBalancers[index] ?? null,
      paths: [`clusters.${index}.loadBalancer.addressRanges`],
    });
  });
  return pools;
}
