import { quoted } from "./checks-shared";

/**
 * The AksHci cmdlets' name rules. Workload cluster and node pool names: lowercase letters and
 * digits, starting with a letter (New-AksHciCluster rejects hyphens and capitals). The virtual
 * network's name: lowercase letters and digits only.
 */
export interface NameRule {
  /** Cmdlet that rejects a bad name, named in the message so the admin knows why. */
  cmdlet: string;
  /** Plural noun for the sentence, e.g. "Workload cluster names". */
  noun: string;
  startsWithLetter: boolean;
}

export const CLUSTER_NAME_RULE: NameRule = { cmdlet: "New-AksHciCluster", noun: "Workload cluster names", startsWithLetter: true };
export const NODE_POOL_NAME_RULE: NameRule = { cmdlet: "New-AksHciNodePool", noun: "Node pool names", startsWithLetter: true };
export const VNET_NAME_RULE: NameRule = { cmdlet: "New-AksHciNetworkSetting", noun: "Virtual network names", startsWithLetter: false };
/** New-AksHciClusterNetwork takes the same parameters as New-AksHciNetworkSetting, the name rule included (vendor-facts 1c). */
export const CLUSTER_NETWORK_NAME_RULE: NameRule = { cmdlet: "New-AksHciClusterNetwork", noun: "Virtual network names", startsWithLetter: false };

export function isValidName(name: string, rule: NameRule): boolean {
  return (rule.startsWithLetter ? /^[a-z][a-z0-9]*$/ : /^[a-z0-9]+$/).test(name);
}

/**
 * The name the admin most likely meant: lowercased, anything but letters and digits dropped, and
 * leading digits dropped where a letter must come first; `fallback` when nothing is left.
 * @example suggestName("Cluster-A", CLUSTER_NAME_RULE, "cluster1") // "clustera"
 */
export function suggestName(name: string, rule: NameRule, fallback: string): string {
  const kept = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const fixed = rule.startsWithLetter ? kept.replace(/^[0-9]+/, "") : kept;
  return fixed === "" ? fallback : fixed;
}

/** Why a non-empty name breaks the rule, with the fixed name to use; null when it is fine. */
export function nameProblem(name: string, rule: NameRule, fallback: string): string | null {
  if (isValidName(name, rule)) return null;
  const fix = `use ${suggestName(name, rule, fallback)} instead of ${quoted(name)}`;
  if (name.includes("-")) return `${rule.cmdlet} rejects hyphens: ${fix}`;
  if (/[A-Z]/.test(name)) return `${rule.cmdlet} takes lowercase letters only: ${fix}`;
  if (rule.startsWithLetter && /^[0-9]/.test(name)) return `${rule.noun} must start with a letter: ${fix}`;
  return `${rule.noun} take lowercase letters and digits only: ${fix}`;
}
