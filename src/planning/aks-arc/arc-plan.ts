import type { PlanIssue, SizedRange } from "../plan";
import type { ArcPlanInput } from "./arc-input-schema";
import type { ArcFacts } from "./arc-read";

/** The computed AKS Arc plan: everything a view, an export or the CLI shows. */

export type ArcRuleId =
  | "control-plane-nodes"
  | "node-pool-nodes"
  | "upgrade-ip"
  | "control-plane-ip-in-pool"
  | "control-plane-ip-outside-pool"
  | "ip-pool-total"
  | "load-balancer"
  | "load-balancer-total"
  | "total-and-subnet";

/** One itemised line, the vendor's planning page's way: "8 IP addresses for ...". */
export interface ArcBreakdownLine {
  id: string;
  /** Where the count lands; "summary" lines repeat totals and add nothing. */
  side: "ip-pool" | "outside-pool" | "load-balancer" | "summary";
  count: number;
  text: string;
  rule: ArcRuleId;
  /** Index of the cluster the line is about, for views that group lines by cluster. */
  cluster: number | null;
}

/** What one cluster needs. */
export interface ArcClusterNeed {
  controlPlaneNodes: number;
  workerNodes: number;
  upgradeIps: number;
  /** 1 when AKS Arc picks the control-plane IP from the pool, 0 when the admin enters one. */
  controlPlaneIpInPool: number;
  controlPlaneIpOutsidePool: number;
  ipPool: number;
  loadBalancer: number;
  /** The port whose instances set the load-balancer count, when services share addresses. */
  busiestPort: number | null;
}

export interface ArcNeed {
  ipPool: number;
  /** Explicit control-plane IPs: in the prefix, outside the pool. */
  outsidePool: number;
  loadBalancer: number;
  total: number;
}

/**
 * One pool of the plan, as every platform's views can list it: what it must hold, what the admin
 * typed and what the planner suggests, and the fields it is typed in.
 */
export interface PoolSummary {
  id: string;
  label: string;
  need: number;
  typed: SizedRange[];
  typedSize: number;
  suggested: SizedRange | null;
  /** Dot paths of the fields that hold the pool, for "go to field" links. */
  paths: string[];
}

export interface ArcSubnetSizing {
  minimumPrefix: number | null;
  chosenPrefix: number | null;
}

export interface ArcPlan {
  platform: "aks-arc";
  input: ArcPlanInput;
  /** The input's addresses as the planner read them, once: the scripts write these, not the text. */
  read: ArcFacts;
  clusters: ArcClusterNeed[];
  need: ArcNeed;
  breakdown: ArcBreakdownLine[];
  subnet: ArcSubnetSizing;
  /** The parsed address prefix, network to broadcast. */
  prefix: (SizedRange & { prefix: number }) | null;
  /** The IP pool first, then one load-balancer pool per cluster. */
  pools: PoolSummary[];
  /** Why a suggestion is missing, when one is. */
  suggestionReason: string | null;
  issues: PlanIssue[];
  errorCount: number;
  warningCount: number;
}
