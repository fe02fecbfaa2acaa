import { z } from "zod/mini";
import { MAX_COUNT, osTypeSchema } from "../plan-input-schema";
import { groupDigits } from "../group-digits";

/**
 * The shape of an AKS Arc plan (AKS enabled by Azure Arc on Azure Local, 23H2 and later): what the
 * admin enters. Like the first platform's schema it fixes types and hard bounds only; the vendor's
 * limits (control plane 1, 3 or 5; 1-64 nodes a pool; ...) are checks of the planner, reported at
 * their field, so a draft that breaks one can still be stored, shared and shown.
 */

export const ARC_PLATFORM = "aks-arc";
const MAX_TEXT = 256;
/** Far above the vendor's limits (32 clusters, 16 pools, 200 nodes), so the checks can name them. */
export const ARC_MAX_CLUSTERS = 1_000;
export const ARC_MAX_NODE_POOLS = 100;
export const ARC_MAX_SERVICES = 10_000;
export const ARC_MAX_RANGES = 64;

const text = z.string().check(z.maxLength(MAX_TEXT, { error: `Keep this under ${MAX_TEXT} characters` }));
const addressText = z.string().check(z.maxLength(64, { error: "An IPv4 address has at most 15 characters, e.g. 10.0.0.1" }));
const wholeNumber = (min: number, max: number) =>
  z.number({ error: "Enter a whole number" }).check(
    z.int({ error: "Enter a whole number" }),
    z.gte(min, { error: `Enter ${min} or more` }),
    z.lte(max, { error: `Enter at most ${groupDigits(max)}` }),
  );

export const advertiseModeSchema = z.enum(["ARP", "BGP", "Both"]);

export const arcLogicalNetworkSchema = z.object({
  name: text,
  vmSwitchName: text,
  /** One prefix only: `lnet create` supports a single address prefix. */
  addressPrefix: addressText,
  gateway: addressText,
  dnsServers: z.array(addressText).check(z.maxLength(16, { error: "Enter at most 16 DNS servers" })),
  /** Empty means untagged. */
  vlanId: z.string().check(z.maxLength(16, { error: "A VLAN ID is a whole number from 1 to 4094" })),
  ipPoolStart: addressText,
  ipPoolEnd: addressText,
});

export const arcNodePoolSchema = z.object({
  name: text,
  count: wholeNumber(0, MAX_COUNT),
  osType: osTypeSchema,
});

export const bgpPeerSchema = z.object({
  name: text,
  peerAddress: addressText,
  /** 4-byte ASNs: 0 and 4294967295 are reserved, so the schema keeps 1 to 4294967294. */
  peerAsn: wholeNumber(1, 4_294_967_294),
  myAsn: wholeNumber(1, 4_294_967_294),
});

export const arcLoadBalancerSchema = z.object({
  /** Each a range (10.0.0.40-10.0.0.49) or a CIDR (10.0.0.48/29), as `--addresses` takes them. */
  addressRanges: z.array(text).check(z.maxLength(ARC_MAX_RANGES, { error: `Enter at most ${ARC_MAX_RANGES} address ranges` })),
  advertiseMode: advertiseModeSchema,
  bgpPeers: z.array(bgpPeerSchema).check(z.maxLength(ARC_MAX_RANGES, { error: `Enter at most ${ARC_MAX_RANGES} BGP peers` })),
});

export const arcClusterSchema = z.object({
  name: text,
  controlPlaneCount: wholeNumber(1, 99),
  /** Empty: AKS Arc picks the control-plane IP from the logical network's IP pool. */
  controlPlaneIp: addressText,
  /** Empty: the default 10.244.0.0/16. */
  podCidr: addressText,
  nodePools: z.array(arcNodePoolSchema).check(z.maxLength(ARC_MAX_NODE_POOLS, { error: `A cluster takes at most ${ARC_MAX_NODE_POOLS} node pools here` })),
  loadBalancer: arcLoadBalancerSchema,
});

export const arcServiceSchema = z.object({
  name: text,
  port: z.number({ error: "Enter a port number" }).check(
    z.int({ error: "Enter a whole number" }),
    z.gte(1, { error: "A port is a number from 1 to 65535" }),
    z.lte(65_535, { error: "A port is a number from 1 to 65535" }),
  ),
  instances: wholeNumber(1, MAX_COUNT),
  /** A MetalLB address pool serves one cluster, so every service names its cluster. */
  cluster: text,
});

/** Azure Local's own management addresses: optional, checked only for size and overlap. */
export const managementBlockSchema = z.object({ start: addressText, end: addressText });

export const arcOptionsSchema = z.object({
  /** Services on different ports share a load-balancer address (MetalLB's allow-shared-ip). */
  sharedAddresses: z.boolean(),
});

export const arcPlanInputSchema = z.object({
  platform: z.literal(ARC_PLATFORM),
  logicalNetwork: arcLogicalNetworkSchema,
  clusters: z.array(arcClusterSchema).check(z.maxLength(ARC_MAX_CLUSTERS, { error: `Plan at most ${groupDigits(ARC_MAX_CLUSTERS)} clusters` })),
  services: z.array(arcServiceSchema).check(z.maxLength(ARC_MAX_SERVICES, { error: `Plan at most ${groupDigits(ARC_MAX_SERVICES)} services` })),
  managementBlock: managementBlockSchema,
  options: arcOptionsSchema,
});

export type AdvertiseMode = z.infer<typeof advertiseModeSchema>;
export type ArcLogicalNetworkInput = z.infer<typeof arcLogicalNetworkSchema>;
export type ArcNodePoolInput = z.infer<typeof arcNodePoolSchema>;
export type BgpPeerInput = z.infer<typeof bgpPeerSchema>;
export type ArcLoadBalancerInput = z.infer<typeof arcLoadBalancerSchema>;
export type ArcClusterInput = z.infer<typeof arcClusterSchema>;
export type ArcServiceInput = z.infer<typeof arcServiceSchema>;
export type ManagementBlockInput = z.infer<typeof managementBlockSchema>;
export type ArcPlanInput = z.infer<typeof arcPlanInputSchema>;

/** A blank Arc plan: no clusters yet, address sharing on (as the first platform's default). */
export function emptyArcPlanInput(): ArcPlanInput {
  return {
    platform: ARC_PLATFORM,
    logicalNetwork: { name: "", vmSwitchName: "", addressPrefix: "", gateway: "", dnsServers: [""], vlanId: "", ipPoolStart: "", ipPoolEnd: "" },
    clusters: [],
    services: [],
    managementBlock: { start: "", end: "" },
    options: { sharedAddresses: true },
  };
}

/** A new cluster row: one control-plane node, one Linux node pool, an ARP load balancer. */
export function emptyArcCluster(): ArcClusterInput {
  return {
    name: "",
    controlPlaneCount: 1,
    controlPlaneIp: "",
    podCidr: "",
    nodePools: [{ name: "nodepool1", count: 1, osType: "linux" }],
    loadBalancer: { addressRanges: [], advertiseMode: "ARP", bgpPeers: [] },
  };
}
