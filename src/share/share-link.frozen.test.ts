import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPlan } from "../planning/create-plan";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { decodePlanLink } from "./share-link";

/**
 * Links exactly as earlier versions of the planner wrote them. Admins keep these in tickets and on
 * paper: every one must keep opening, with the same plan, for as long as the planner exists.
 * Never edit these strings or their plans; a new link version adds its own block here.
 */

const JANE_V1 =
  "v1.NoBgNMBEBWCGB2BTAbkgLpMkCiAPNiATvLADaaQCMIAdLfQPQBMALJpRNQLphPgCc-XiHBNK-HqAhMAbDN4sesgOySoAY1IBXAM4FCsCpt36ARpEkBmMJUkBWMJa5rIAM0IB7eAXgATCqaw6gDWiH4WECws1gAcIFY2kuDxzkA.SOPFRD";

const JANE: PlanInput = {
  model: "static",
  vnet: {
    name: "janevnet",
    vswitchName: "External",
    addressPrefix: "10.0.0.0/24",
    gateway: "10.0.0.1",
    dnsServers: ["10.0.0.10"],
    k8sNodeIpPoolStart: "10.0.0.20",
    k8sNodeIpPoolEnd: "10.0.0.99",
    vipPoolStart: "10.0.0.200",
    vipPoolEnd: "10.0.0.219",
    dhcpScopeStart: "",
    dhcpScopeEnd: "",
    vlanId: "",
  },
  cloudService: { hostAddressing: "static", cloudServiceCidr: "10.0.1.10/24", hciHostIp: "10.0.1.11" },
  clusters: [
    { name: "clustera", controlPlaneNodes: 3, workerNodes: 5, nodePools: [] },
    { name: "clusterb", controlPlaneNodes: 1, workerNodes: 3, nodePools: [] },
  ],
  services: [
    { name: "frontend", port: 443, instances: 3, cluster: "" },
    { name: "backend", port: 80, instances: 1, cluster: "" },
  ],
  options: { vipSharing: true, growthReserve: { clusters: 0, controlPlaneNodes: 1, workerNodes: 2 } },
};

/** Every part of the v1 compact form: DHCP, node pools, OS types, cluster references, sharing off. */
const DHCP_V1 =
  "v1.NoRgNMBEAmAWDGAHAbgOwKYBdJkgUQA9N0AnVAQwBsACAHUgBV1yBbe6gZQHcBLTeWDkggA7ACYAdCABsEgAzyA9DJzhQcsCBABdXEJzSArGIAcGo4YDMAFjBjD0sIZDXDh3CMi7Q3qIhIA9tBC0OjIXhCWmt6Ocr5QlDyoAK4EiAEBlDi2cRCQvKjpmThi0d7aFRBQADw8LADm1ADOJPAAvATUARgkgSRtVKSYABQgAJQAfELkiDxClOj15PAAnkJNsOQk6MHe1tZRJvuHGlbepeDgYt6XuNuYPNvBYAC0194apVHWFUA.dE0vnB";

const DHCP: PlanInput = {
  model: "dhcp",
  vnet: {
    name: "dhcpvnet",
    vswitchName: 'External "Team" Switch',
    addressPrefix: "172.16.0.0/16",
    gateway: "172.16.0.1",
    dnsServers: ["172.16.0.10", "172.16.0.11"],
    k8sNodeIpPoolStart: "",
    k8sNodeIpPoolEnd: "",
    vipPoolStart: "172.16.255.0",
    vipPoolEnd: "172.16.255.254",
    dhcpScopeStart: "172.16.1.0",
    dhcpScopeEnd: "172.16.200.255",
    vlanId: "7",
  },
  cloudService: { hostAddressing: "dhcp", cloudServiceCidr: "", hciHostIp: "" },
  clusters: [
    {
      name: "prod",
      controlPlaneNodes: 3,
      workerNodes: 6,
      nodePools: [
        { name: "linuxpool", count: 4, osType: "linux" },
        { name: "winpool", count: 2, osType: "windows" },
      ],
    },
    { name: "dev", controlPlaneNodes: 1, workerNodes: 0, nodePools: [] },
  ],
  services: [
    { name: "<img src=x onerror=alert(1)>", port: 443, instances: 2, cluster: "prod" },
    { name: "api", port: 8443, instances: 1, cluster: "dev" },
    { name: "legacy", port: 80, instances: 1, cluster: "retired" },
    { name: "shared", port: 53, instances: 2, cluster: "" },
  ],
  options: { vipSharing: false, growthReserve: { clusters: 2, controlPlaneNodes: 3, workerNodes: 4 } },
};

const EMPTY_V1 = "v1.NoBgNMBElts3KkC6yKqA.jqBvVB";

const EMPTY: PlanInput = {
  model: "static",
  vnet: {
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
  },
  cloudService: { hostAddressing: "static", cloudServiceCidr: "", hciHostIp: "" },
  clusters: [],
  services: [],
  options: { vipSharing: true, growthReserve: { clusters: 0, controlPlaneNodes: 1, workerNodes: 2 } },
};

describe("frozen v1 links", () => {
  it.each([
    ["Jane, static", JANE_V1, JANE],
    ["a DHCP plan using every part of the format", DHCP_V1, DHCP],
    ["an empty plan", EMPTY_V1, EMPTY],
  ])("%s still opens with the same plan", (_, link, input) => {
    expect(decodePlanLink(link)).toEqual({ ok: true, input });
  });
});

/** Version 1 links hold no cluster networks: each opens on one network, with the figures it always had. */
describe("frozen v1 links after cluster networks (issue 10)", () => {
  it("Jane: one network, the doc's 32 in a /26, 27 node-side and 5 VIPs", () => {
    const decoded = decodePlanLink(JANE_V1);
    if (!decoded.ok) throw new Error(decoded.message);
    const plan = createPlan(decoded.input);
    expect(plan.networks.map((network) => [network.path, network.clusters, network.need])).toEqual([["vnet", [0, 1], { node: 27, vip: 5, total: 32 }]]);
    expect([plan.subnet.minimumPrefix, plan.split]).toEqual([26, { model: "static", nodePoolSize: 27, vipPoolSize: 5 }]);
  });

  it("the DHCP plan: host 3 + prod 15 + dev 7 = 25 node-side, reserve 26; 2 + 6 VIPs, reserve 2: 61 in a /26", () => {
    const decoded = decodePlanLink(DHCP_V1);
    if (!decoded.ok) throw new Error(decoded.message);
    const plan = createPlan(decoded.input);
    expect(plan.networks).toHaveLength(1);
    expect(plan.split).toEqual({ model: "dhcp", reserve: 61, reservePrefix: 26, exclude: 10, minimumFreeLeases: 51 });
  });
});

/** public/examples/two-networks.json as the version 2 planner wrote it: 253 characters. */
const TWO_NETWORKS_V2 =
  "v2.NoBgNMBEBWCGB2BTAbkgLpMkCiAPNiATvLADaaQCMIAdLfQPQBMALJpRNQLphPgCc-XiHBNK-HqAgBWJk14sesgMySoAY1IBXAM4FCsCpt36ARpEnKwlSdLCq1kAGaEA9vALwAJhVOx1ANaI3hQu7p4+kiwsVgAc4NGqEPIcNpxg4DaSHJm8kmoa2npEpqiIGFh4+iTkWNR0NJR0zGzWnCA8fGCCwqLiWBQUfBaS8FqkpNZc00A.AbGuxA";

describe("frozen v2 links", () => {
  it("the two-network example still opens with the same plan and the same figures per network", () => {
    const decoded = decodePlanLink(TWO_NETWORKS_V2);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.input).toEqual(planInputSchema.parse(JSON.parse(readFileSync(new URL("../../public/examples/two-networks.json", import.meta.url), "utf8"))));
    const plan = createPlan(decoded.input);
    // Host network: 3 + 14 node-side, 1 + 2 VIPs; clusterbvnet: 10 node-side, 1 + 1 VIPs.
    expect(plan.networks.map((network) => [network.label, network.need, network.subnet.minimumPrefix])).toEqual([
      ["the AKS host's network", { node: 17, vip: 3, total: 20 }, 27],
      ["cluster network clusterbvnet", { node: 10, vip: 2, total: 12 }, 28],
    ]);
  });
});
