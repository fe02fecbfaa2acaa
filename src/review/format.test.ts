import { describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { parseIpv4 } from "../planning/ipv4";
import { planInputSchema } from "../planning/plan-input-schema";
import { describeField, formatAddresses, formatCount, formatRange, ruleName, segmentPurpose } from "./format";

const jane = planInputSchema.parse(janeFile);
const ip = (text: string) => {
  const parsed = parseIpv4(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe("display formatting", () => {
  it.each([
    [0, "0"],
    [32, "32"],
    [3001, "3,001"],
    [16_777_214, "16,777,214"],
  ])("writes %d as %s", (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [1, "1 address"],
    [2, "2 addresses"],
    [65_534, "65,534 addresses"],
  ])("counts %d as %s", (value, text) => {
    expect(formatAddresses(value)).toBe(text);
  });

  it("writes a range with an en dash, and a single address alone", () => {
    expect(formatRange({ start: ip("10.0.0.20"), end: ip("10.0.0.99") })).toBe("10.0.0.20 – 10.0.0.99");
    expect(formatRange({ start: ip("10.0.0.1"), end: ip("10.0.0.1") })).toBe("10.0.0.1");
  });

  it("names the rule the way the doc's table reads", () => {
    expect(ruleName("cluster-update-and-load-balancer")).toBe("Minimum IP address reservation table, Workload cluster row: 5 update + 1 load balancer");
    expect(ruleName("aks-host")).toBe("Minimum IP address reservation table, AKS Host row: 1 control plane + 2 update");
  });

  it.each([
    ["vnet.gateway", "Virtual network › Gateway"],
    ["vnet.addressPrefix", "Virtual network › Address prefix"],
    ["vnet.k8sNodeIpPoolStart", "Virtual network › Kubernetes node VM pool start"],
    ["vnet.dnsServers", "Virtual network › DNS servers"],
    ["vnet.dnsServers.1", "Virtual network › DNS server 2"],
    ["vnet.vlanId", "Virtual network › vLAN ID"],
    ["cloudService.cloudServiceCidr", "MOC cloud service › Cloud service CIDR"],
    ["cloudService.hciHostIp", "MOC cloud service › HCI host IP"],
    ["clusters", "Workload clusters"],
    ["clusters.0", "Workload cluster 1 (clustera)"],
    ["clusters.1.workerNodes", "Workload cluster 2 (clusterb) › Worker nodes"],
    ["clusters.5.name", "Workload cluster 6 › Name"],
    ["clusters.0.nodePools.1.osType", "Workload cluster 1 (clustera) › Node pool 2 › OS type"],
    ["services.1.instances", "Service 2 (backend) › Instances"],
    ["options.vipSharing", "Options › VIP sharing"],
    ["options.growthReserve.workerNodes", "Options › Growth reserve › Worker nodes"],
    ["model", "Network model"],
    ["vnet.somethingNew", "Virtual network › something new"],
  ])("describes %s as %s", (path, words) => {
    expect(describeField(path, jane)).toBe(words);
  });

  it("drops a single address from a segment's label, which the start column shows", () => {
    const gateway = { kind: "gateway", label: "Gateway 10.0.0.1", range: { start: ip("10.0.0.1"), end: ip("10.0.0.1") }, size: 1 } as const;
    const pool = { kind: "vip-pool", label: "Virtual IP pool", range: { start: ip("10.0.0.200"), end: ip("10.0.0.219") }, size: 20 } as const;
    expect(segmentPurpose(gateway)).toBe("Gateway");
    expect(segmentPurpose(pool)).toBe("Virtual IP pool");
  });
});
