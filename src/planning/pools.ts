import type { AddressMapKind, Split } from "./plan";
import type { NetworkModel, VirtualNetworkInput } from "./plan-input-schema";

/**
 * The one table of the address ranges an admin types: every view (wizard fields, suggestions,
 * checks, address map, split cards, print, script, share link) maps over it instead of naming the
 * pools' fields itself.
 */

export type PoolId = "nodePool" | "vipPool" | "dhcpScope";

type VnetField = keyof VirtualNetworkInput;

export interface PoolSpec {
  id: PoolId;
  /** As a heading or at the start of a sentence: "Virtual IP pool". */
  label: string;
  /** Mid-sentence, after "the": "virtual IP pool". */
  noun: string;
  startField: VnetField & `${string}Start`;
  endField: VnetField & `${string}End`;
  /** The network models that deploy this range; a leftover value under another model is ignored. */
  models: readonly NetworkModel[];
  /** Which side of the split sizes it: nodes, update IPs and load balancer VMs, or API servers and services. */
  side: "node" | "vip";
  mapKind: AddressMapKind;
  /** Why the range is needed, said when it is left blank. */
  why: string;
}

/** In the order the wizard shows them. */
export const POOLS: readonly PoolSpec[] = [
  {
    id: "nodePool",
    label: "Kubernetes node VM pool",
    noun: "Kubernetes node VM pool",
    startField: "k8sNodeIpPoolStart",
    endField: "k8sNodeIpPoolEnd",
    models: ["static"],
    side: "node",
    mapKind: "node-pool",
    why: "the static model needs one continuous range for the node VMs, update operations and load balancer VMs",
  },
  {
    id: "dhcpScope",
    label: "DHCP scope",
    noun: "DHCP scope",
    startField: "dhcpScopeStart",
    endField: "dhcpScopeEnd",
    models: ["dhcp"],
    side: "node",
    mapKind: "dhcp-scope",
    why: "the range the DHCP server leases in this subnet, to check the leases left for the node VMs",
  },
  {
    id: "vipPool",
    label: "Virtual IP pool",
    noun: "virtual IP pool",
    startField: "vipPoolStart",
    endField: "vipPoolEnd",
    models: ["static", "dhcp"],
    side: "vip",
    mapKind: "vip-pool",
    why: "both network models need one continuous range for the API servers and services",
  },
];

const BY_ID = Object.fromEntries(POOLS.map((pool) => [pool.id, pool])) as Record<PoolId, PoolSpec>;

/** @example pool("vipPool").startField // "vipPoolStart" */
export function pool(id: PoolId): PoolSpec {
  return BY_ID[id];
}

const OF_MODEL: Record<NetworkModel, readonly PoolSpec[]> = {
  static: POOLS.filter((spec) => spec.models.includes("static")),
  dhcp: POOLS.filter((spec) => spec.models.includes("dhcp")),
};

/** The ranges a model deploys, in wizard order. @example poolsOf("dhcp").map((p) => p.id) // ["dhcpScope", "vipPool"] */
export function poolsOf(model: NetworkModel): readonly PoolSpec[] {
  return OF_MODEL[model];
}

/** The node-side range of a model: the node VM pool (static) or the DHCP scope (DHCP). */
export function nodeSideOf(model: NetworkModel): PoolSpec {
  return model === "static" ? BY_ID.nodePool : BY_ID.dhcpScope;
}

/**
 * The addresses a pool of the plan's model must hold, as its split sizes it: what the wizard shows
 * at the pool before a range is typed. The DHCP scope's is the leases it must keep free; 0 for a
 * pool the model does not deploy.
 * @example poolNeed({ model: "static", nodePoolSize: 27, vipPoolSize: 5 }, "nodePool") // 27
 */
export function poolNeed(split: Split, id: PoolId): number {
  if (split.model === "static") return id === "nodePool" ? split.nodePoolSize : id === "vipPool" ? split.vipPoolSize : 0;
  return id === "dhcpScope" ? split.minimumFreeLeases : id === "vipPool" ? split.exclude : 0;
}
