import type { PlanInput } from "./plan-input-schema";
import { proxyOf } from "./plan-input-schema";

/**
 * What must be true on the day before the script runs (vendor-facts 1d): the host-side steps no
 * field of the plan can check. Data, so the review and the print view list the same.
 */
export interface ReadinessItem {
  id: string;
  text: string;
}

export function readinessChecklist(input: PlanInput): ReadinessItem[] {
  const items: ReadinessItem[] = [
    { id: "initialize", text: "Initialize-AksHciNode has run on every HCI host." },
    { id: "ipv6", text: "IPv6 is turned off on the network adapters of every HCI host." },
    {
      id: "vswitch",
      text: `The external virtual switch has the same name on every HCI host (${input.vnet.vswitchName.trim() || "the name in this plan"}), and the vLAN ${input.vnet.vlanId.trim() || "(untagged)"} is trunked to it.`,
    },
    {
      id: "dns",
      text: "DNS resolves the cloud agent's name (dynamic DNS on), or its cluster role is pre-staged in Active Directory with a DNS record for its IP and the name passed as -clusterRoleName.",
    },
    { id: "ports", text: "The firewall ports in this plan are open between the VLANs, where the hosts and the AKS VMs are on different VLANs." },
    { id: "storage", text: "The image, working and cloud agent configuration directories exist on storage every HCI host reaches." },
  ];
  if (input.model === "dhcp") items.splice(1, 0, { id: "dhcp-exclusion", text: "The virtual IP pool is excluded from the DHCP scope on the DHCP server (Add-DhcpServerv4ExclusionRange)." });
  if (proxyOf(input).enabled) items.push({ id: "proxy", text: "The proxy lets the HCI hosts reach Azure, and its no-proxy list matches the one in this plan." });
  return items;
}
