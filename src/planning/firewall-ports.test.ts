import { describe, expect, it } from "vitest";
import { FIREWALL_PORTS, portsText, ruleText } from "./firewall-ports";

/** vendor-facts 1a: which ports, where they listen, and the cross-VLAN rule each needs. */
describe("FIREWALL_PORTS", () => {
  const byPort = (port: number) => FIREWALL_PORTS.find((entry) => entry.ports.includes(port));

  it("lists every port of the vendor's table once", () => {
    expect(FIREWALL_PORTS.flatMap((entry) => entry.ports).sort((a, b) => a - b)).toEqual([22, 6443, 45000, 45001, 46000, 55000, 65000]);
  });

  it.each([22, 6443, 46000])("%d is opened from the HCI hosts to the AKS VMs", (port) => {
    expect(byPort(port)?.rule).toEqual({ from: "the HCI hosts", to: expect.stringContaining("AKS VMs") });
  });

  it.each([55000, 65000])("%d is opened from the AKS VMs to the cloud agent's IP", (port) => {
    expect(byPort(port)?.rule).toEqual({ from: "the AKS VMs", to: "the cloud agent's IP" });
  });

  it("needs no cross-VLAN rule for the node agent's 45000 and 45001", () => {
    const nodeAgent = byPort(45000);
    expect(nodeAgent).toBe(byPort(45001));
    expect(nodeAgent?.rule).toBeNull();
    expect(nodeAgent && ruleText(nodeAgent)).toMatch(/no rule needed/);
    expect(nodeAgent && portsText(nodeAgent)).toBe("TCP 45000, 45001");
  });
});
