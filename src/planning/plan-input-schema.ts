// zod/mini, not classic zod: the same parser, but only the checks used here reach the first page
// load (classic zod's methods pull in every check and the English locale). Mini has no default
// messages, so every check here carries its own and parse-plan-input.ts words the type mismatches.
import { z } from "zod/mini";
import { groupDigits } from "./group-digits";

// The page's Content-Security-Policy forbids eval: zod would probe for it with `Function("")` on the
// first parse, and the browser would log a CSP violation on every load. Set before any schema parses.
z.config({ jitless: true });

/**
 * The shape of a plan: what the admin enters. One schema for the wizard's forms, share links,
 * the JSON plan file and the CLI. It fixes types and hard bounds only; every rule that depends on
 * other fields (addresses, names, pools) is a check of the planner, so a draft with a mistake in
 * it can still be stored, shared and shown with the mistake flagged at its field.
 */

/** The usable addresses of a /8: no count the planner accepts can exceed what a /8 holds. */
export const MAX_COUNT = 16_777_214;
export const MAX_CLUSTERS = 1_000;
export const MAX_SERVICES = 10_000;
export const MAX_NODE_POOLS = 50;
export const MAX_DNS_SERVERS = 3;
const MAX_TEXT = 256;

const text = z.string().check(z.maxLength(MAX_TEXT, { error: `Keep this under ${MAX_TEXT} characters` }));
/** Addresses stay text in the input; the planner parses them and reports mistakes at the field. */
const addressText = z.string().check(z.maxLength(64, { error: "An IPv4 address has at most 15 characters, e.g. 10.0.0.1" }));

/** The bounds of every count of the plan, by the field's key: the schema and the planner's reading share them. */
export const COUNT_BOUNDS = {
  controlPlaneNodes: { min: 1, max: MAX_COUNT },
  workerNodes: { min: 0, max: MAX_COUNT },
  count: { min: 0, max: MAX_COUNT },
  instances: { min: 1, max: MAX_COUNT },
  port: { min: 1, max: 65_535 },
  clusters: { min: 0, max: MAX_CLUSTERS },
} as const;

export type CountKey = keyof typeof COUNT_BOUNDS;

/** "Enter at most 16,777,214: a /8 holds no more addresses": the words of a bound, for the schema and the planner. */
export function boundMessage(key: CountKey, side: "min" | "max"): string {
  const { min, max } = COUNT_BOUNDS[key];
  if (key === "port") return "A port is a number from 1 to 65535";
  if (side === "min") return `Enter ${min} or more`;
  return `Enter at most ${groupDigits(max)}: a /8 holds no more addresses`;
}

const wholeNumber = (key: CountKey) =>
  z.number({ error: key === "port" ? "Enter a port number" : "Enter a whole number" }).check(
    z.int({ error: "Enter a whole number" }),
    z.gte(COUNT_BOUNDS[key].min, { error: boundMessage(key, "min") }),
    z.lte(COUNT_BOUNDS[key].max, { error: boundMessage(key, "max") }),
  );

/** Longest text kept for a count that is not a number yet: more than any count has digits, less than a line. */
export const MAX_COUNT_TEXT = 32;

/**
 * A count as the admin entered it: a whole number within its bounds, or else the text as typed (""
 * for an emptied field, "0" for a control plane, "3x"). The text is kept, in the draft, the share
 * link and the plan file, so the plan shows what the field shows; the planner reports it as an error
 * at the field and counts the figures that depend on it as incomplete (see docs/decisions.md).
 */
const countEntry = (key: CountKey) =>
  z.union([wholeNumber(key), z.string().check(z.maxLength(MAX_COUNT_TEXT, { error: `A count has at most ${MAX_COUNT_TEXT} characters` }))]);

export const networkModelSchema = z.enum(["static", "dhcp"]);
export const hostAddressingSchema = z.enum(["static", "dhcp"]);
export const osTypeSchema = z.enum(["linux", "windows"]);
/** New-AksHciLoadBalancerSetting -loadBalancerSku: an HAProxy VM (the default) or none (kube-vip for the API server only). */
export const loadBalancerSchema = z.enum(["haproxy", "none"]);

export const virtualNetworkSchema = z.object({
  name: text,
  vswitchName: text,
  addressPrefix: addressText,
  gateway: addressText,
  dnsServers: z.array(addressText).check(z.maxLength(16, { error: "Enter at most 3 DNS servers" })),
  k8sNodeIpPoolStart: addressText,
  k8sNodeIpPoolEnd: addressText,
  vipPoolStart: addressText,
  vipPoolEnd: addressText,
  dhcpScopeStart: addressText,
  dhcpScopeEnd: addressText,
  /** Empty means untagged. */
  vlanId: z.string().check(z.maxLength(16, { error: "A vLAN ID is a whole number from 1 to 4094" })),
});

export const cloudServiceSchema = z.object({
  hostAddressing: hostAddressingSchema,
  cloudServiceCidr: addressText,
  hciHostIp: addressText,
});

export const nodePoolSchema = z.object({
  name: text,
  count: countEntry("count"),
  osType: osTypeSchema,
});

export const workloadClusterSchema = z.object({
  name: text,
  controlPlaneNodes: countEntry("controlPlaneNodes"),
  workerNodes: countEntry("workerNodes"),
  nodePools: z.array(nodePoolSchema).check(z.maxLength(MAX_NODE_POOLS, { error: `A cluster takes at most ${MAX_NODE_POOLS} node pools here` })),
  /** Left out means HAProxy, the vendor's default: plans saved before the field existed open unchanged. */
  loadBalancer: z.optional(loadBalancerSchema),
  /**
   * Name of the cluster network (clusterNetworks) the cluster lives on, New-AksHciCluster -vnet.
   * Left out or empty: the AKS host's virtual network, as for every plan saved before the field.
   */
  network: z.optional(text),
});

export const serviceSchema = z.object({
  name: text,
  port: countEntry("port"),
  instances: countEntry("instances"),
  /** Name of the workload cluster the service runs in; empty when not tied to one. */
  cluster: text,
});

export const growthReserveSchema = z.object({
  clusters: countEntry("clusters"),
  controlPlaneNodes: countEntry("controlPlaneNodes"),
  workerNodes: countEntry("workerNodes"),
});

export const planOptionsSchema = z.object({
  vipSharing: z.boolean(),
  growthReserve: growthReserveSchema,
});

/** The vendor's defaults for Set-AksHciConfig's storage paths (vendor-facts 1c). */
export const DEFAULT_STORAGE = {
  imageDir: "%systemdrive%\\AksHciImageStore",
  workingDir: "%systemdrive%\\AksHci",
  cloudConfigLocation: "%systemdrive%\\wssdcloudagent",
} as const;

/** Set-AksHciConfig's -imageDir, -workingDir and -cloudConfigLocation. */
export const storageSchema = z.object({
  imageDir: text,
  workingDir: text,
  cloudConfigLocation: text,
});

/** New-AksHciProxySetting; off unless the hosts reach the internet through a proxy. */
export const proxySchema = z.object({
  enabled: z.boolean(),
  http: text,
  https: text,
  /** Comma-separated, as the cmdlet takes it. */
  noProxy: z.string().check(z.maxLength(4_096, { error: "Keep the no-proxy list under 4,096 characters" })),
  /** The proxy asks for a user name and password: the script prompts for them (Get-Credential). */
  credential: z.boolean(),
});

export const planInputSchema = z.object({
  model: networkModelSchema,
  vnet: virtualNetworkSchema,
  cloudService: cloudServiceSchema,
  clusters: z.array(workloadClusterSchema).check(z.maxLength(MAX_CLUSTERS, { error: `Plan at most ${groupDigits(MAX_CLUSTERS)} workload clusters` })),
  services: z.array(serviceSchema).check(z.maxLength(MAX_SERVICES, { error: `Plan at most ${groupDigits(MAX_SERVICES)} services` })),
  options: planOptionsSchema,
  /** Left out means the vendor's default paths (storageOf); plans saved before it existed open unchanged. */
  storage: z.optional(storageSchema),
  /** Left out means no proxy (proxyOf). */
  proxy: z.optional(proxySchema),
  /**
   * Virtual networks of workload clusters (New-AksHciClusterNetwork: the same fields as the AKS
   * host's, in the plan's network model). A cluster names the one it lives on; several may share
   * one. Left out means none: every cluster on the AKS host's network (clusterNetworksOf).
   */
  clusterNetworks: z.optional(
    z.array(virtualNetworkSchema).check(z.maxLength(MAX_CLUSTERS, { error: `Plan at most ${groupDigits(MAX_CLUSTERS)} cluster networks` })),
  ),
});

export function emptyProxy(): ProxyInput {
  return { enabled: false, http: "", https: "", noProxy: "", credential: false };
}

/** The cluster's load balancer, HAProxy when the plan does not say. */
export function loadBalancerOf(cluster: Pick<WorkloadClusterInput, "loadBalancer">): LoadBalancerSku {
  return cluster.loadBalancer ?? "haproxy";
}

/** The storage paths, the vendor's defaults when the plan does not say. */
export function storageOf(input: Pick<PlanInput, "storage">): StorageInput {
  return input.storage ?? DEFAULT_STORAGE;
}

/** The proxy settings, none when the plan does not say. */
export function proxyOf(input: Pick<PlanInput, "proxy">): ProxyInput {
  return input.proxy ?? emptyProxy();
}

/** The cluster networks, none when the plan does not say. */
export function clusterNetworksOf(input: Pick<PlanInput, "clusterNetworks">): readonly VirtualNetworkInput[] {
  return input.clusterNetworks ?? [];
}

/** A cluster network with every field blank but the DNS row the form keeps for the first server. */
export function emptyVirtualNetwork(): VirtualNetworkInput {
  return {
    name: "",
    vswitchName: "",
    addressPrefix: "",
    gateway: "",
    dnsServers: [""],
    k8sNodeIpPoolStart: "",
    k8sNodeIpPoolEnd: "",
    vipPoolStart: "",
    vipPoolEnd: "",
    dhcpScopeStart: "",
    dhcpScopeEnd: "",
    vlanId: "",
  };
}

/** A count's text turned number; keeps every other value's type. */
type Counted<T> = [T] extends [string | number]
  ? [number, string] extends [T, T]
    ? number
    : T
  : T extends readonly (infer Item)[]
    ? Counted<Item>[]
    : T extends object
      ? { [Key in keyof T]: Counted<T[Key]> }
      : T;

export type NetworkModel = z.infer<typeof networkModelSchema>;
export type HostAddressing = z.infer<typeof hostAddressingSchema>;
export type OsType = z.infer<typeof osTypeSchema>;
export type VirtualNetworkInput = z.infer<typeof virtualNetworkSchema>;
export type CloudServiceInput = z.infer<typeof cloudServiceSchema>;
export type NodePoolInput = z.infer<typeof nodePoolSchema>;
export type WorkloadClusterInput = z.infer<typeof workloadClusterSchema>;
export type ServiceInput = z.infer<typeof serviceSchema>;
export type GrowthReserveInput = z.infer<typeof growthReserveSchema>;
export type PlanOptionsInput = z.infer<typeof planOptionsSchema>;
/** The plan as entered: what the draft, share link and plan file hold. */
export type PlanInput = z.infer<typeof planInputSchema>;
export type LoadBalancerSku = z.infer<typeof loadBalancerSchema>;
export type StorageInput = z.infer<typeof storageSchema>;
export type ProxyInput = z.infer<typeof proxySchema>;

/**
 * The plan as the planner's rules read it: every count a number (one that does not read yet stands
 * at its lower bound, and the plan says its figures are incomplete). Built by readCounts only.
 */
export type CountedInput = Counted<PlanInput>;
export type CountedCluster = Counted<WorkloadClusterInput>;
export type CountedService = Counted<ServiceInput>;
export type CountedGrowthReserve = Counted<GrowthReserveInput>;

/** A blank plan: the static model (the doc's recommendation), no clusters yet, sharing on. */
export function emptyPlanInput(): CountedInput {
  return {
    model: "static",
    vnet: emptyVirtualNetwork(),
    cloudService: { hostAddressing: "static", cloudServiceCidr: "", hciHostIp: "" },
    clusters: [],
    services: [],
    options: { vipSharing: true, growthReserve: { clusters: 0, controlPlaneNodes: 1, workerNodes: 2 } },
  };
}
