import { CLUSTER_NAME_RULE, NODE_POOL_NAME_RULE, nameProblem, type NameRule } from "./checks-names";
import { error, isBlank, quoted, warning, type IssueList } from "./checks-shared";
import { loadBalancerOf, type CountedCluster, type CountedGrowthReserve } from "./plan-input-schema";
import { formatCount } from "./wording";

/** The control plane sizes the vendor documents (vendor-facts 1b, 2e). */
const TESTED_CONTROL_PLANES: readonly number[] = [1, 3, 5];

/**
 * Workload clusters: names (cmdlet rule, unique), control plane and worker counts, node pools.
 * One pass with Maps for duplicates, so a thousand clusters cost a thousand steps.
 */
export function checkClusters(clusters: readonly CountedCluster[], unread: ReadonlySet<string>, issues: IssueList): void {
  const taken = takenNames();
  clusters.forEach((cluster, index) => {
    const path = `clusters.${index}`;
    const label = `workload cluster ${isBlank(cluster.name) ? index + 1 : quoted(cluster.name)}`;
    checkName(cluster.name, `${path}.name`, { rule: CLUSTER_NAME_RULE, fallback: `cluster${index + 1}`, entry: (at) => `workload cluster ${at + 1}` }, taken, index, issues);
    checkControlPlane(cluster.controlPlaneNodes, `${path}.controlPlaneNodes`, label, issues);
    if (cluster.workerNodes === 0) {
      issues.push(warning(`${path}.workerNodes`, `${capitalized(label)} has no worker nodes, so its workloads have nowhere to run: enter 1 or more`));
    }
    checkNodePoolsOnce(cluster, path, label, hasUnreadCount(cluster, path, unread), issues);
    if (loadBalancerOf(cluster) === "none") {
      issues.push(
        warning(
          `${path}.loadBalancer`,
          `${capitalized(label)} has no load balancer: kube-vip serves its API server, but its services stay unreachable from outside until you deploy your own load balancer; choose HAProxy unless you bring one (switching later means redeploying the cluster)`,
        ),
      );
    }
  });
}

/**
 * etcd keeps quorum with a majority of the control plane: 4 nodes survive one failure, as 3 do,
 * so an even count adds a VM and an address but no fault tolerance.
 */
function checkControlPlane(count: number, path: string, label: string, issues: IssueList): void {
  if (TESTED_CONTROL_PLANES.includes(count)) return;
  if (count % 2 === 1) {
    issues.push(
      warning(
        path,
        `${capitalized(label)} has ${formatCount(count)} control plane nodes: the vendor documents and tests 1, 3 or 5; use 5 unless you have a reason, since more nodes add etcd latency but no tolerance you need`,
      ),
    );
    return;
  }
  issues.push(
    warning(
      path,
      `${capitalized(label)} has ${formatCount(count)} control plane nodes: an even count adds no fault tolerance for etcd's quorum; use ${formatCount(count - 1)} or ${formatCount(count + 1)} (1, 3 or 5 is the norm)`,
    ),
  );
}

function hasUnreadCount(cluster: CountedCluster, path: string, unread: ReadonlySet<string>): boolean {
  if (unread.size === 0) return false;
  const counts = [`${path}.workerNodes`, ...cluster.nodePools.map((_, index) => `${path}.nodePools.${index}.count`)];
  return counts.some((count) => unread.has(count));
}

interface PoolFindings {
  path: string;
  countsUnread: boolean;
  issues: IssueList;
}

// The findings of a cluster's node pools, kept with the cluster object: a plan's rows keep their
// objects through an edit of another row (the store replaces the edited one only, readCounts passes
// rows on as they are), so a keystroke re-checks one cluster's pools, not all 50,000 of a plan at the
// schema's limits. The findings depend on nothing but the cluster, its place and countsUnread.
const poolFindingsOf = new WeakMap<CountedCluster, PoolFindings>();

/** checkNodePools, its findings kept with the cluster object (see poolFindingsOf). */
function checkNodePoolsOnce(cluster: CountedCluster, path: string, label: string, countsUnread: boolean, issues: IssueList): void {
  let found = poolFindingsOf.get(cluster);
  if (found?.path !== path || found.countsUnread !== countsUnread) {
    found = { path, countsUnread, issues: [] };
    checkNodePools(cluster, path, label, countsUnread, found.issues);
    poolFindingsOf.set(cluster, found);
  }
  for (const issue of found.issues) issues.push(issue);
}

/**
 * Node pool counts must add up to the cluster's worker nodes (not judged while one of them does
 * not read: the sum would compare a stand-in); names follow the cluster name rule, unique in the cluster.
 */
function checkNodePools(cluster: CountedCluster, path: string, label: string, countsUnread: boolean, issues: IssueList): void {
  if (cluster.nodePools.length === 0) return;
  const taken = takenNames();
  let sum = 0;
  cluster.nodePools.forEach((pool, index) => {
    sum += pool.count;
    const entry = (at: number) => `node pool ${at + 1} of ${label}`;
    checkName(pool.name, `${path}.nodePools.${index}.name`, { rule: NODE_POOL_NAME_RULE, fallback: `nodepool${index + 1}`, entry }, taken, index, issues);
  });
  if (!countsUnread && sum !== cluster.workerNodes) {
    const workers = formatCount(cluster.workerNodes);
    issues.push(
      error(
        `${path}.nodePools`,
        `The node pools of ${label} hold ${formatCount(sum)} worker nodes, but the cluster has ${workers}: make the pool counts add up to ${workers}, or set worker nodes to ${formatCount(sum)}`,
      ),
    );
  }
}

interface NamedEntry {
  rule: NameRule;
  /** Suggested when nothing of the typed name is usable. */
  fallback: string;
  /** How the message calls the entry at a 0-based index: "workload cluster 2". */
  entry: (index: number) => string;
}

/**
 * The names taken so far in a list, and the message for a name taken again: the same for every
 * later entry of that name until another name is taken, so 49 pools named alike share one.
 */
interface TakenNames {
  indexByName: Map<string, number>;
  duplicateMessages: Map<string, string>;
}

function takenNames(): TakenNames {
  return { indexByName: new Map(), duplicateMessages: new Map() };
}

/** Blank, against the rule, or taken by an earlier entry. A name against the rule is not also reported as a duplicate. */
function checkName(name: string, path: string, named: NamedEntry, taken: TakenNames, index: number, issues: IssueList): void {
  const { rule, fallback, entry } = named;
  if (isBlank(name)) {
    issues.push(error(path, `Enter a name for ${entry(index)}: lowercase letters and digits, starting with a letter, e.g. ${fallback}`));
    return;
  }
  const problem = nameProblem(name, rule, fallback);
  if (problem !== null) {
    issues.push(error(path, problem));
    return;
  }
  const first = taken.indexByName.get(name);
  if (first === undefined) {
    taken.indexByName.set(name, index);
    taken.duplicateMessages.clear();
    return;
  }
  let message = taken.duplicateMessages.get(name);
  if (message === undefined) {
    message = `${capitalized(entry(first))} is already named ${name}: give each its own name, e.g. ${unusedName(name, taken.indexByName)}`;
    taken.duplicateMessages.set(name, message);
  }
  issues.push(error(path, message));
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unusedName(name: string, taken: ReadonlyMap<string, number>): string {
  let suffix = 2;
  while (taken.has(`${name}${suffix}`)) suffix++;
  return `${name}${suffix}`;
}

/** The growth reserve's clusters are counted like real ones; an even control plane there is the same smell. */
export function checkGrowthReserve(reserve: CountedGrowthReserve, issues: IssueList): void {
  if (reserve.clusters > 0) checkControlPlane(reserve.controlPlaneNodes, "options.growthReserve.controlPlaneNodes", "Each reserved cluster", issues);
}
