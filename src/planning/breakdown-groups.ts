import type { AddressNeed, BreakdownLine, Plan } from "./plan";

/**
 * The breakdown regrouped for reading a long plan: one group per workload cluster (its node lines
 * and the VIPs of its services), the lines that belong to no cluster (AKS host, API servers,
 * services tied to none, growth reserve), and the total and split. Only the plan's own lines are
 * regrouped; a group's subtotal adds up its lines' counts and nothing is counted again.
 */

export interface ClusterGroup {
  /** Index of the cluster in the plan, a stable key while names are edited. */
  index: number;
  /** The name as the admin typed it, or "Workload cluster 3" while it has none. */
  title: string;
  lines: BreakdownLine[];
  subtotal: AddressNeed;
  /** Names of the services that run in it, for the filter. */
  serviceNames: string[];
}

export interface GroupedBreakdown {
  /** Lines of no single cluster: AKS host, API servers, services tied to none, growth reserve. */
  shared: BreakdownLine[];
  sharedSubtotal: AddressNeed;
  /** Names of the services tied to no cluster (or to one the plan lacks), for the filter. */
  sharedServiceNames: string[];
  clusters: ClusterGroup[];
  /** The total and split lines: always shown, whatever the filter. */
  totals: BreakdownLine[];
}

type GroupSource = Pick<Plan, "breakdown" | "counted">;

/** @example groupBreakdown(plan).clusters[0]?.title // "cluster1" */
export function groupBreakdown({ breakdown, counted }: GroupSource): GroupedBreakdown {
  const clusters: ClusterGroup[] = counted.clusters.map((cluster, index) => ({
    index,
    title: cluster.name.trim() === "" ? `Workload cluster ${index + 1}` : cluster.name.trim(),
    lines: [],
    subtotal: NO_ADDRESSES,
    serviceNames: [],
  }));
  const shared: BreakdownLine[] = [];
  const totals: BreakdownLine[] = [];
  for (const line of breakdown) {
    const group = line.cluster === undefined ? undefined : clusters[line.cluster];
    if (group) group.lines.push(line);
    else if (line.side === "summary") totals.push(line);
    else shared.push(line);
  }
  const firstOfName = new Map<string, ClusterGroup>();
  for (const [index, cluster] of counted.clusters.entries()) {
    const group = clusters[index];
    if (group && !firstOfName.has(cluster.name)) firstOfName.set(cluster.name, group);
  }
  const sharedServiceNames: string[] = [];
  for (const service of counted.services) {
    const group = service.cluster === "" ? undefined : firstOfName.get(service.cluster);
    (group ? group.serviceNames : sharedServiceNames).push(service.name);
  }
  for (const group of clusters) group.subtotal = subtotal(group.lines);
  return { shared, sharedSubtotal: subtotal(shared), sharedServiceNames, clusters, totals };
}

const NO_ADDRESSES: AddressNeed = { node: 0, vip: 0, total: 0 };

function subtotal(lines: readonly BreakdownLine[]): AddressNeed {
  let node = 0;
  let vip = 0;
  for (const line of lines) {
    if (line.side === "node") node += line.count;
    else if (line.side === "vip") vip += line.count;
  }
  return { node, vip, total: node + vip };
}

export interface FilteredBreakdown extends GroupedBreakdown {
  /** Whether the lines of no single cluster still show under the filter. */
  showShared: boolean;
  /** How many clusters the plan has, whatever the filter. */
  clusterCount: number;
}

/**
 * Keeps the clusters whose name, or the name of one of whose services, contains `query` (case and
 * surrounding spaces ignored). The shared lines stay while the query is empty or names a service
 * tied to no cluster; the totals always stay.
 * @example filterBreakdown(grouped, "web").clusters.map((group) => group.title) // ["web-east", "shop"] (shop runs "webshop")
 */
export function filterBreakdown(grouped: GroupedBreakdown, query: string): FilteredBreakdown {
  const needle = query.trim().toLowerCase();
  const clusterCount = grouped.clusters.length;
  if (needle === "") return { ...grouped, showShared: true, clusterCount };
  const matches = (name: string) => name.toLowerCase().includes(needle);
  return {
    ...grouped,
    clusters: grouped.clusters.filter((group) => matches(group.title) || group.serviceNames.some(matches)),
    showShared: grouped.sharedServiceNames.some(matches),
    clusterCount,
  };
}
