import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { parsePlanJson } from "./parse-plan-input";

/**
 * Plan files exactly as planners before cluster networks (issue 10) saved them. Every one must keep
 * opening with the same figures: one network, the AKS host's, holding every cluster and service.
 * Never edit these texts or their figures; the figures are worked out by hand from the doc's table.
 */

const JANE_FILE = `{"model":"static","vnet":{"name":"janevnet","vswitchName":"External","addressPrefix":"10.0.0.0/24","gateway":"10.0.0.1","dnsServers":["10.0.0.10"],"k8sNodeIpPoolStart":"10.0.0.20","k8sNodeIpPoolEnd":"10.0.0.99","vipPoolStart":"10.0.0.200","vipPoolEnd":"10.0.0.219","dhcpScopeStart":"","dhcpScopeEnd":"","vlanId":""},"cloudService":{"hostAddressing":"static","cloudServiceCidr":"10.0.1.10/24","hciHostIp":"10.0.1.11"},"clusters":[{"name":"clustera","controlPlaneNodes":3,"workerNodes":5,"nodePools":[]},{"name":"clusterb","controlPlaneNodes":1,"workerNodes":3,"nodePools":[]}],"services":[{"name":"frontend","port":443,"instances":3,"cluster":""},{"name":"backend","port":80,"instances":1,"cluster":""}],"options":{"vipSharing":true,"growthReserve":{"clusters":0,"controlPlaneNodes":1,"workerNodes":2}}}`;

const DHCP_FILE = `{"model":"dhcp","vnet":{"name":"dhcpvnet","vswitchName":"External","addressPrefix":"172.16.0.0/16","gateway":"172.16.0.1","dnsServers":["172.16.0.10","172.16.0.11"],"k8sNodeIpPoolStart":"","k8sNodeIpPoolEnd":"","vipPoolStart":"172.16.255.0","vipPoolEnd":"172.16.255.254","dhcpScopeStart":"172.16.1.0","dhcpScopeEnd":"172.16.200.255","vlanId":"7"},"cloudService":{"hostAddressing":"dhcp","cloudServiceCidr":"","hciHostIp":""},"clusters":[{"name":"prod","controlPlaneNodes":3,"workerNodes":6,"nodePools":[{"name":"linuxpool","count":4,"osType":"linux"},{"name":"winpool","count":2,"osType":"windows"}],"loadBalancer":"haproxy"},{"name":"dev","controlPlaneNodes":1,"workerNodes":0,"nodePools":[]}],"services":[{"name":"web","port":443,"instances":2,"cluster":"prod"},{"name":"api","port":8443,"instances":1,"cluster":"dev"},{"name":"legacy","port":80,"instances":1,"cluster":"retired"},{"name":"shared","port":53,"instances":2,"cluster":""}],"options":{"vipSharing":false,"growthReserve":{"clusters":2,"controlPlaneNodes":3,"workerNodes":4}},"storage":{"imageDir":"C:\\\\ClusterStorage\\\\Images","workingDir":"C:\\\\AksHci","cloudConfigLocation":"C:\\\\ClusterStorage\\\\wssd"}}`;

function planOf(text: string) {
  const parsed = parsePlanJson(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return createPlan(parsed.input);
}

describe("plan files saved before cluster networks", () => {
  it("Jane: one network with the doc's 3 + 14 + 10 + 2 + 3 = 32, a /26, 27 node-side and 5 VIPs", () => {
    const plan = planOf(JANE_FILE);
    expect(plan.input.clusterNetworks).toBeUndefined();
    expect(plan.networks.map((network) => [network.path, network.clusters, network.need])).toEqual([["vnet", [0, 1], { node: 27, vip: 5, total: 32 }]]);
    expect([plan.need, plan.subnet.minimumPrefix, plan.split]).toEqual([{ node: 27, vip: 5, total: 32 }, 26, { model: "static", nodePoolSize: 27, vipPoolSize: 5 }]);
    expect(plan.errorCount).toBe(0);
  });

  it("a DHCP plan with node pools, sharing off and a growth reserve: the same figures as before", () => {
    const plan = planOf(DHCP_FILE);
    // Node side: host 3 + prod 3 + 6 + 6 + dev 1 + 0 + 6 = 25; reserve 2 x (3 + 4 + 6) = 26; 51 in all.
    // VIP side, one per instance: API servers 2 + services 2 + 1 + 1 + 2 = 8; reserve 2; 10 in all.
    expect([plan.minimum, plan.reserve, plan.need]).toEqual([
      { node: 25, vip: 8, total: 33 },
      { node: 26, vip: 2, total: 28 },
      { node: 51, vip: 10, total: 61 },
    ]);
    // 61 addresses: a /26 holds 64 - network - broadcast - gateway = 61.
    expect(plan.split).toEqual({ model: "dhcp", reserve: 61, reservePrefix: 26, exclude: 10, minimumFreeLeases: 51 });
    expect(plan.networks.length).toBe(1);
  });
});
