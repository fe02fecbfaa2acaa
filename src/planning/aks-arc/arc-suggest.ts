import { hostRange } from "../checks-shared";
import { freeRuns, sized, takeHigh, takeLow, without } from "../free-space";
import type { AddressRange, SizedRange } from "../plan";
import type { ArcClusterNeed, ArcNeed } from "./arc-plan";
import type { ArcFacts } from "./arc-read";
import { SUGGESTED_POOL_HEADROOM } from "./arc-rules";

export interface ArcSuggestions {
  ipPool: SizedRange | null;
  /** One per cluster, in cluster order; null for a cluster with no load-balancer need. */
  loadBalancers: Array<SizedRange | null>;
  reason: string | null;
}

/**
 * The IP pool from the low end of the prefix, the load-balancer ranges from the high end, clear of
 * the gateway, DNS servers, typed control-plane IPs, typed load-balancer ranges and the management
 * block. The load-balancer ranges avoid the typed pool when it reads, otherwise the suggested one,
 * so they stay outside whichever pool gets deployed (ARP mode needs that).
 */
export function suggestArcRanges(facts: ArcFacts, clusters: readonly ArcClusterNeed[], need: ArcNeed): ArcSuggestions {
  const none = { ipPool: null, loadBalancers: clusters.map(() => null) };
  if (facts.subnet === null) return { ...none, reason: "Enter a valid address prefix to get suggested ranges." };
  let runs = freeRuns(hostRange(facts.subnet), takenAddresses(facts));
  const ipPool = need.ipPool > 0 ? (takeLow(runs, Math.ceil(need.ipPool * SUGGESTED_POOL_HEADROOM)) ?? takeLow(runs, need.ipPool)) : null;
  const deployedPool = facts.ipPool ?? ipPool;
  if (deployedPool !== null) runs = without(runs, deployedPool);
  let short = need.ipPool > 0 && ipPool === null;
  const loadBalancers = clusters.map((cluster) => {
    if (cluster.loadBalancer === 0) return null;
    const range = takeHigh(runs, cluster.loadBalancer);
    if (range === null) short = true;
    else runs = without(runs, range);
    return sized(range);
  });
  return {
    ipPool: sized(ipPool),
    loadBalancers,
    reason: short ? `The free addresses of ${facts.subnet.text} cannot hold every range: use a larger prefix (a /${Math.max(8, facts.subnet.prefix - 1)} or more).` : null,
  };
}

function takenAddresses(facts: ArcFacts): AddressRange[] {
  const single = (address: number): AddressRange => ({ start: address, end: address });
  const taken: AddressRange[] = [];
  if (facts.gateway) taken.push(single(facts.gateway.value));
  for (const dns of facts.dnsServers) taken.push(single(dns.value));
  for (const cluster of facts.clusters) {
    if (cluster.controlPlaneIp) taken.push(single(cluster.controlPlaneIp.value));
    for (const range of cluster.loadBalancerRanges) taken.push(range.value);
  }
  if (facts.managementBlock) taken.push(facts.managementBlock);
  return taken;
}
