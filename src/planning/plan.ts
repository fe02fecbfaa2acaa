import type { CountedInput, NetworkModel, PlanInput } from "./plan-input-schema";
import type { NetworkContext } from "./networks";
import type { InputReading, NetworkReading } from "./read-input";

/** The computed plan: everything the UI, share link, print view and exports show. */

export type Severity = "error" | "warning";

/** One finding of the planner, tied to the input field it belongs to. */
export interface PlanIssue {
  /** Dot path of the input field, as react-hook-form names it: "vnet.gateway", "clusters.0.name". */
  path: string;
  severity: Severity;
  /** Says what is wrong and how to fix it. */
  message: string;
}

/** An inclusive range of IPv4 addresses held as unsigned 32-bit numbers. */
export interface AddressRange {
  start: number;
  end: number;
}

/** A range with its address count, so no reader of the plan computes sizes itself. */
export interface SizedRange extends AddressRange {
  size: number;
}

/** The admin's typed ranges as the planner reads them. */
export interface PlanRanges {
  /** The address prefix, network to broadcast, when it parses. */
  subnet: (SizedRange & { prefix: number }) | null;
  /** Pools the chosen model uses, when both ends parse and start <= end; null otherwise. */
  nodePool: SizedRange | null;
  vipPool: SizedRange | null;
  dhcpScope: SizedRange | null;
}

/** Address counts on each side of the split. */
export interface AddressNeed {
  /** Kubernetes node VM pool (static) or DHCP leases (DHCP): nodes, update IPs, load balancer VMs. */
  node: number;
  /** Virtual IP pool: API servers and services. */
  vip: number;
  total: number;
}

/** The rules of the reference doc's "Minimum IP address reservation" tables, and the plan's own. */
export type RuleId =
  | "aks-host"
  | "control-plane-nodes"
  | "worker-nodes"
  | "cluster-update-and-load-balancer"
  | "api-servers"
  | "services-shared-vips"
  | "services-one-vip-per-instance"
  | "growth-reserve"
  | "total-and-subnet"
  | "split-static"
  | "split-dhcp";

/** One itemised line of the Jane-style breakdown. */
export interface BreakdownLine {
  id: string;
  /** Which side of the split the count adds to; "summary" lines repeat totals and add nothing. */
  side: "node" | "vip" | "summary";
  count: number;
  /** Full sentence in the doc's wording: "3 IP addresses for the AKS host (...)". */
  text: string;
  rule: RuleId;
  /**
   * Index of the workload cluster whose addresses the line counts: its nodes, or the VIPs of the
   * services that name it (the first cluster of that name). Absent on host, shared and total lines.
   */
  cluster?: number;
}

export interface SubnetSizing {
  /** Smallest /p whose usable addresses, less the gateway, hold the total; null when not even a /8 does. */
  minimumPrefix: number | null;
  /** The doc recommends at least a /24; a smaller need than that still gets /24. */
  recommendedPrefix: number | null;
  /** The admin's address prefix, when it parses. */
  chosenPrefix: number | null;
}

export interface StaticSplit {
  model: "static";
  nodePoolSize: number;
  vipPoolSize: number;
}

export interface DhcpSplit {
  model: "dhcp";
  /** Addresses to reserve on the DHCP server, and the subnet that holds them. */
  reserve: number;
  reservePrefix: number | null;
  /** Addresses to exclude from the scope for the VIP pool. */
  exclude: number;
  /** Leases the scope must keep free for nodes, update operations and load balancer VMs. */
  minimumFreeLeases: number;
}

export type Split = StaticSplit | DhcpSplit;

/** What a suggested pool holds beyond the need, so the admin sees where each address goes. */
export interface SuggestionRoom {
  /** Addresses above the node side in the suggested node VM pool (0 in the DHCP model: the scope is a whole free run). */
  node: number;
  /** The AKS host's own API server VIP (recommended, not in the doc's minimum): 1, or 0 when the free space cannot spare it. */
  hostApiServerVip: number;
  /** Addresses above the VIP side and the host's API server VIP in the suggested VIP pool. */
  vip: number;
  /** The share of the need asked for as room, in percent. */
  percent: number;
}

/** Ranges the planner proposes; null where the free space cannot hold the need. */
export interface SuggestedRanges {
  nodePool: SizedRange | null;
  vipPool: SizedRange | null;
  dhcpScope: SizedRange | null;
  room: SuggestionRoom;
  /** The room in words, pool by pool ("27 + 6 to grow"); null when nothing is suggested. */
  roomText: string | null;
  /** Why a range is null, or why the ranges carry less room than asked for. */
  reason: string | null;
}

export type AddressMapKind =
  | "network"
  | "broadcast"
  | "gateway"
  | "dns"
  | "cloud-service"
  | "node-pool"
  | "vip-pool"
  | "dhcp-scope"
  | "free";

/** One piece of the subnet picture, from network to broadcast address, in address order. */
export interface AddressMapSegment {
  kind: AddressMapKind;
  label: string;
  range: AddressRange;
  size: number;
}

export interface Recommendation {
  id: "aks-host-api-server-vip" | "growth-room";
  text: string;
  reason: string;
}

/**
 * One virtual network of the plan, planned on its own: the AKS host's network first, then each
 * cluster network. Every figure of a network is here, once.
 */
export interface NetworkPlan {
  /** Null for the AKS host's network, else the index in `clusterNetworks`. */
  index: number | null;
  /** Dot path of the network's fields: "vnet" or "clusterNetworks.0". */
  path: string;
  /** "the AKS host's network", "cluster network bnet". */
  label: string;
  /** The name as entered (the cmdlet's -name). */
  name: string;
  /** Indices in `clusters` of the workload clusters on this network. */
  clusters: number[];
  minimum: AddressNeed;
  reserve: AddressNeed;
  need: AddressNeed;
  breakdown: BreakdownLine[];
  subnet: SubnetSizing;
  split: Split;
  reading: NetworkReading;
  ranges: PlanRanges;
  suggestions: SuggestedRanges;
  /** Empty when the network's address prefix does not parse. */
  addressMap: AddressMapSegment[];
}

export interface Plan {
  /** The plan as entered: a count that does not read stays the text the admin typed. */
  input: PlanInput;
  /** The same with every count a number, as the rules read it (see `unreadCounts`). */
  counted: CountedInput;
  /**
   * Paths of the counts that do not read (an emptied field, 0 control plane nodes, "3x", a count
   * above its bound). Each is an error at its field and stands at its lower bound in the figures,
   * which are therefore incomplete, and say so, while this list is not empty.
   */
  unreadCounts: string[];
  model: NetworkModel;
  /** The whole deployment, every network together, without the growth reserve: the reference doc's minimum. */
  minimum: AddressNeed;
  /** The growth reserve alone, counted with the same rules. */
  reserve: AddressNeed;
  /** minimum + reserve over every network. */
  need: AddressNeed;
  /** The AKS host's network first, then each cluster network. A plan without cluster networks has one. */
  networks: NetworkPlan[];
  /** The AKS host's network's breakdown (networks[0]); with no cluster networks, the whole plan's. */
  breakdown: BreakdownLine[];
  /** The AKS host's network's subnet sizing (networks[0]). */
  subnet: SubnetSizing;
  /** The AKS host's network's split (networks[0]). */
  split: Split;
  /** Every address field of the input, parsed once: what the checks, map and script read. */
  reading: InputReading;
  /** The AKS host's network's typed prefix and pools, parsed (networks[0]). */
  ranges: PlanRanges;
  /** For the AKS host's network (networks[0]). */
  suggestions: SuggestedRanges;
  /** The AKS host's network's map (networks[0]); empty when its address prefix does not parse. */
  addressMap: AddressMapSegment[];
  recommendations: Recommendation[];
  issues: PlanIssue[];
  errorCount: number;
  warningCount: number;
}

/** What the checks need of the plan besides its input. */
export interface CheckContext {
  /** Counts that do not read: checks that compare them (node pools against workers) wait for them. */
  unread: ReadonlySet<string>;
  reading: InputReading;
  /** The AKS host's network first, then each cluster network, each sized. */
  networks: readonly NetworkContext[];
  /** Which network each cluster is on (placeClusters). */
  networkOf: readonly (number | null)[];
  /** Clusters whose `network` names no cluster network. */
  unknownNetworks: readonly number[];
}
