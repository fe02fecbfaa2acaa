import {
  AKS_HOST_CONTROL_PLANE_IPS,
  AKS_HOST_UPDATE_IPS,
  API_SERVER_VIPS_PER_CLUSTER,
  WORKLOAD_LOAD_BALANCER_IPS,
  WORKLOAD_UPDATE_IPS,
} from "./counting";
import { groupDigits } from "./group-digits";
import type { RuleId } from "./plan";

/**
 * The one module that words numbers: counts with thousands separators, singular or plural nouns,
 * and the "N errors, M warnings" every view shows. Pure, so the CLI, the script and the UI agree.
 */

// Counts are whole numbers: grouped without a number formatter, whose first construction would
// delay the first step by tens of milliseconds. Anything else gets one formatter, built when first
// needed (toLocaleString builds a new one per call, too slow for the print view's thousands of figures).
let fractionFormat: Intl.NumberFormat | null = null;

/** @example formatCount(16777214) // "16,777,214" */
export function formatCount(value: number): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return groupDigits(value);
  fractionFormat ??= new Intl.NumberFormat("en-US");
  return fractionFormat.format(value);
}

/** @example plural(1, "error") // "1 error"; plural(1200, "address", "addresses") // "1,200 addresses" */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`;
}

/** @example formatAddresses(1) // "1 address" */
export function formatAddresses(count: number): string {
  return plural(count, "address", "addresses");
}

/**
 * @example findingCounts(2, 1) // "2 errors, 1 warning"
 * @example findingCounts(0, 3, { skipZero: true }) // "3 warnings"
 */
export function findingCounts(errors: number, warnings: number, { skipZero = false } = {}): string {
  const parts: Array<[number, string]> = [
    [errors, "error"],
    [warnings, "warning"],
  ];
  return parts
    .filter(([count]) => !skipZero || count > 0)
    .map(([count, noun]) => plural(count, noun))
    .join(", ");
}

/** The reference doc by its title, wherever a view would otherwise say "the doc". */
export const REFERENCE_DOC_TITLE = "Network concepts for deploying AKS nodes on Azure Stack HCI";

const RESERVATION_TABLE = "Minimum IP address reservation table";
const VIP_TABLE = "VIP pool table";

/**
 * Where in the reference doc each breakdown line's rule comes from: the table and its row (the
 * section, for the example's total and splits), and what that row counts. The planner's own rules
 * say so.
 */
const RULE_SOURCES: Record<RuleId, string> = {
  "aks-host": `${RESERVATION_TABLE}, AKS Host row: ${AKS_HOST_CONTROL_PLANE_IPS} control plane + ${AKS_HOST_UPDATE_IPS} update`,
  "control-plane-nodes": `${RESERVATION_TABLE}, Workload cluster row: 1 per control plane node`,
  "worker-nodes": `${RESERVATION_TABLE}, Workload cluster row: 1 per worker node`,
  "cluster-update-and-load-balancer": `${RESERVATION_TABLE}, Workload cluster row: ${WORKLOAD_UPDATE_IPS} update + ${WORKLOAD_LOAD_BALANCER_IPS} load balancer`,
  "api-servers": `${VIP_TABLE}, Cluster API server row: ${API_SERVER_VIPS_PER_CLUSTER} per cluster`,
  "services-shared-vips": `${VIP_TABLE}, Kubernetes Services row: 1 per instance on the busiest port, shared across ports as in the Jane example`,
  "services-one-vip-per-instance": `${VIP_TABLE}, Kubernetes Services row: 1 per service instance (sharing off)`,
  "growth-reserve": `The planner's growth reserve: the ${RESERVATION_TABLE}'s rows per extra cluster`,
  "total-and-subnet": "Walk through an example deployment: the total and the subnet that holds it",
  "split-static": "Split reserved IP addresses based on a static IP network model",
  "split-dhcp": "Split reserved IP addresses based on a DHCP network model",
};

/** @example ruleSource("api-servers") // "VIP pool table, Cluster API server row: 1 per cluster" */
export function ruleSource(rule: RuleId): string {
  return RULE_SOURCES[rule];
}
