import type { PlatformId } from "./platform-profile";

/** What the wizard's first question shows of a platform. */
export interface PlatformInfo {
  id: PlatformId;
  label: string;
  description: string;
}

const FIRST: PlatformInfo = {
  id: "aks-hci",
  label: "AKS on Azure Stack HCI and Windows Server",
  description: "AKS hybrid with its own MOC cloud service: a virtual network with a Kubernetes node VM pool and a VIP pool, static or DHCP.",
};

/**
 * The platforms the wizard asks about first, in the order it offers them: the first is the
 * default, and every plan saved before the second platform existed is one of it. Kept apart from
 * the profiles so the question can be asked before a platform's planner has loaded.
 */
export const PLATFORMS: readonly PlatformInfo[] = [
  FIRST,
  {
    id: "aks-arc",
    label: "AKS Arc on Azure Local",
    description: "AKS enabled by Azure Arc on Azure Local 23H2 and later: one logical network with a static IP pool, MetalLB load balancers outside it.",
  },
];

export function platformInfo(id: PlatformId): PlatformInfo {
  return PLATFORMS.find((platform) => platform.id === id) ?? FIRST;
}
