import { parseVlanId } from "../checks-network";
import { parseIpv4 } from "../ipv4";
import { formatCidr, formatIpv4 } from "../ipv4-format";
import type { AddressRange } from "../plan";
import type { ArcPlanInput } from "./arc-input-schema";
import type { ArcPlan } from "./arc-plan";
import type { ArcFacts } from "./arc-read";
import { ARC_DNS_REQUIREMENT, ARC_PORTS } from "./arc-rules";

/**
 * The plan as az CLI steps, independent of the shell: arc-scripts.ts writes them for PowerShell
 * and for bash, quoting every value for that shell. Comments hold only text this module writes
 * (numbers, addresses, positions), never a typed name.
 */

/** A literal value, or a variable the script set earlier. */
export type Piece = { text: string } | { variable: string };

export type Step =
  | { kind: "comment"; lines: string[] }
  | { kind: "blank" }
  | { kind: "assign"; variable: string; pieces: Piece[] }
  | { kind: "az"; words: string[]; args: Array<{ flag: string; values: Piece[][] }>; capture: string | null };

/** Placeholders at the top of the script: plain words, since az runs through cmd.exe on Windows. */
export const ARC_PLACEHOLDERS = {
  subscription: "REPLACE-WITH-SUBSCRIPTION-ID",
  resourceGroup: "REPLACE-WITH-RESOURCE-GROUP",
  customLocation: "REPLACE-WITH-CUSTOM-LOCATION-RESOURCE-ID",
} as const;

const text = (value: string): Piece[] => [{ text: value }];
const variable = (name: string): Piece[] => [{ variable: name }];
const comment = (...lines: string[]): Step => ({ kind: "comment", lines });
const blank: Step = { kind: "blank" };
type Flags = Array<[string, Piece[] | Piece[][] | null]>;
function az(words: string[], flags: Flags, capture: string | null = null): Step {
  const args = flags.flatMap(([flag, value]) => {
    if (value === null || value.length === 0) return [];
    return [{ flag, values: isWordList(value) ? value : [value] }];
  });
  return { kind: "az", words, args, capture };
}

function isWordList(value: Piece[] | Piece[][]): value is Piece[][] {
  return Array.isArray(value[0]);
}

/** Steps for a plan without errors; null otherwise (the caller says why). */
export function arcSteps(plan: ArcPlan): Step[] | null {
  if (plan.errorCount > 0) return null;
  const facts = plan.read;
  if (facts.subnet === null || facts.gateway === null || facts.ipPool === null) return null;
  return [...header(plan), ...setup(), ...logicalNetwork(plan.input, facts, facts.ipPool), ...plan.input.clusters.flatMap((_, index) => cluster(plan.input, facts, index))];
}

function header(plan: ArcPlan): Step[] {
  const { need, prefix } = plan;
  const where = prefix === null ? "" : ` in ${formatCidr(prefix.start, prefix.prefix)}`;
  return [
    comment(
      "AKS enabled by Azure Arc on Azure Local: deployment commands generated from the plan.",
      `Plan${where}: ${need.ipPool} addresses in the IP pool, ${need.loadBalancer} for load balancers, ${need.total} in all.`,
      "Run where the Azure CLI is signed in (az login) with the stack-hci-vm, aksarc and k8s-runtime extensions.",
      "The logical network's prefix and IP pool cannot be changed once it is created: review every value first.",
      "Unverified: az aksarc create --validate (check the settings without creating) appears only on the vendor's create-clusters page, not in the az aksarc reference; add it to try.",
      ARC_DNS_REQUIREMENT,
      "Ports to open when the management network and the AKS network are different VLANs:",
      ...ARC_PORTS.map((port) => `  TCP ${port.port} from the ${port.from} to the ${port.to}: ${port.purpose}`),
    ),
    blank,
  ];
}

function setup(): Step[] {
  return [
    comment("Change these first; the custom location is the resource ID of the Azure Local instance's custom location."),
    { kind: "assign", variable: "subscription", pieces: text(ARC_PLACEHOLDERS.subscription) },
    { kind: "assign", variable: "resourceGroup", pieces: text(ARC_PLACEHOLDERS.resourceGroup) },
    { kind: "assign", variable: "customLocation", pieces: text(ARC_PLACEHOLDERS.customLocation) },
    az(["account", "set"], [["--subscription", variable("subscription")]]),
    blank,
  ];
}

function logicalNetwork(input: ArcPlanInput, facts: ArcFacts, pool: AddressRange): Step[] {
  const network = input.logicalNetwork;
  const vlan = parseVlanId(network.vlanId);
  const subnet = facts.subnet;
  return [
    comment("The logical network: static addresses only, as AKS Arc requires; its resource ID goes to every cluster."),
    az(
      ["stack-hci-vm", "network", "lnet", "create"],
      [
        ["--resource-group", variable("resourceGroup")],
        ["--custom-location", variable("customLocation")],
        ["--name", text(network.name)],
        ["--vm-switch-name", text(network.vmSwitchName)],
        ["--ip-allocation-method", text("Static")],
        ["--address-prefixes", subnet ? text(formatCidr(subnet.network, subnet.prefix)) : null],
        ["--gateway", facts.gateway ? text(formatIpv4(facts.gateway.value)) : null],
        ["--dns-servers", facts.dnsServers.map((dns) => text(formatIpv4(dns.value)))],
        ["--ip-pool-start", text(formatIpv4(pool.start))],
        ["--ip-pool-end", text(formatIpv4(pool.end))],
        ["--vlan", vlan.ok && vlan.value !== null ? text(String(vlan.value)) : null],
        ["--query", text("id")],
        ["--output", text("tsv")],
      ],
      "lnetId",
    ),
  ];
}

function cluster(input: ArcPlanInput, facts: ArcFacts, index: number): Step[] {
  const spec = input.clusters[index];
  const clusterFacts = facts.clusters[index];
  if (spec === undefined || clusterFacts === undefined) return [];
  const [first, ...more] = spec.nodePools;
  const n = index + 1;
  const uri = `cluster${n}Uri`;
  const cpIp = clusterFacts.controlPlaneIp;
  const lb = spec.loadBalancer;
  const ranges = clusterFacts.loadBalancerRanges;
  const steps: Step[] = [
    blank,
    comment(
      `Cluster ${n}: ${spec.controlPlaneCount} control-plane ${spec.controlPlaneCount === 1 ? "node" : "nodes"}, control-plane IP ${cpIp ? `${formatIpv4(cpIp.value)} outside the IP pool` : "picked by AKS Arc from the IP pool"}.`,
      `az aksarc create makes the first node pool (${first?.count ?? 1} Linux ${first?.count === 1 ? "node" : "nodes"}) and names it itself.`,
    ),
    az(
      ["aksarc", "create"],
      [
        ["--resource-group", variable("resourceGroup")],
        ["--custom-location", variable("customLocation")],
        ["--name", text(spec.name)],
        ["--vnet-ids", variable("lnetId")],
        ["--control-plane-count", text(String(spec.controlPlaneCount))],
        ["--control-plane-ip", cpIp ? text(formatIpv4(cpIp.value)) : null],
        ["--node-count", text(String(first?.count ?? 1))],
        ["--pod-cidr", clusterFacts.podCidrTyped && clusterFacts.podCidr ? text(clusterFacts.podCidr.text) : null],
      ],
    ),
  ];
  if (more.length > 0) {
    steps.push(comment("Unverified: az aksarc nodepool add is checked only against the vendor's online reference (no repository copy)."));
    for (const pool of more) {
      steps.push(
        az(
          ["aksarc", "nodepool", "add"],
          [
            ["--resource-group", variable("resourceGroup")],
            ["--cluster-name", text(spec.name)],
            ["--name", text(pool.name)],
            ["--node-count", text(String(pool.count))],
            ["--os-type", text(pool.osType === "windows" ? "Windows" : "Linux")],
          ],
        ),
      );
    }
  }
  if (ranges.length === 0) return steps;
  steps.push(
    comment(`MetalLB for cluster ${n} (${lb.advertiseMode} mode); az k8s-runtime load-balancer create is in preview.`),
    { kind: "assign", variable: uri, pieces: [{ text: "/subscriptions/" }, { variable: "subscription" }, { text: "/resourceGroups/" }, { variable: "resourceGroup" }, { text: "/providers/Microsoft.Kubernetes/connectedClusters/" }, { text: spec.name }] },
    az(["k8s-runtime", "load-balancer", "enable"], [["--resource-uri", variable(uri)]]),
    ...lb.bgpPeers.map((peer) =>
      az(
        ["k8s-runtime", "bgp-peer", "create"],
        [
          ["--bgp-peer-name", text(peer.name)],
          ["--resource-uri", variable(uri)],
          ["--my-asn", text(String(peer.myAsn))],
          ["--peer-asn", text(String(peer.peerAsn))],
          ["--peer-address", text(normalized(peer.peerAddress))],
        ],
      ),
    ),
    ...ranges.map((range, k) =>
      az(
        ["k8s-runtime", "load-balancer", "create"],
        [
          ["--load-balancer-name", text(`${spec.name}-lb${k + 1}`)],
          ["--resource-uri", variable(uri)],
          ["--addresses", text(`${formatIpv4(range.value.start)}-${formatIpv4(range.value.end)}`)],
          ["--advertise-mode", text(lb.advertiseMode)],
        ],
      ),
    ),
  );
  return steps;
}

/** An address as the planner writes it; a plan without errors only has addresses that parse. */
function normalized(address: string): string {
  const parsed = parseIpv4(address);
  return parsed.ok ? formatIpv4(parsed.value) : address.trim();
}
