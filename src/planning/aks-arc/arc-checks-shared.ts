import { quoted } from "../checks-shared";
import type { AddressRange } from "../plan";

/** Pieces the Arc check modules share: overlap arithmetic and the name rules. */

export function overlaps(a: AddressRange, b: AddressRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export interface ArcNameRule {
  /** Plural noun for the sentence, e.g. "Cluster names". */
  noun: string;
  pattern: RegExp;
  /** What the pattern allows, as the end of "take ...". */
  allows: string;
  maxLength: number;
  fallback: string;
}

/** Azure resource naming rules for a logical network (aks-networks.md: it can't be renamed later). */
export const LOGICAL_NETWORK_NAME: ArcNameRule = {
  noun: "Logical network names",
  pattern: /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$/,
  allows: "letters, digits, periods, hyphens and underscores, starting with a letter or digit and ending with a letter, digit or underscore",
  maxLength: 64,
  fallback: "aks-lnet",
};

/**
 * The vendor documents no rule for AKS Arc cluster names (vendor-facts open question): the name
 * becomes a Kubernetes connected cluster's and its VMs' host names, so the planner asks for a DNS
 * label.
 */
export const CLUSTER_NAME: ArcNameRule = {
  noun: "Cluster names",
  pattern: /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/,
  allows: "lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit",
  maxLength: 63,
  fallback: "cluster1",
};

/** AKS's node pool rule (the AKS Arc pages give none): lowercase letters and digits, a letter first. */
export const NODE_POOL_NAME: ArcNameRule = {
  noun: "Node pool names",
  pattern: /^[a-z][a-z0-9]*$/,
  allows: "lowercase letters and digits, starting with a letter",
  maxLength: 12,
  fallback: "nodepool1",
};

export const BGP_PEER_NAME: ArcNameRule = { ...CLUSTER_NAME, noun: "BGP peer names", fallback: "peer1" };

/** Why a non-empty name breaks the rule, with a name that keeps it; null when it is fine. */
export function arcNameProblem(name: string, rule: ArcNameRule): string | null {
  if (name.length <= rule.maxLength && rule.pattern.test(name)) return null;
  const fixed = suggestArcName(name, rule);
  if (name.length > rule.maxLength) return `${rule.noun} take at most ${rule.maxLength} characters: use ${fixed} instead of ${quoted(name)}`;
  return `${rule.noun} take ${rule.allows}: use ${fixed} instead of ${quoted(name)}`;
}

/** Lowercased where the rule wants it, disallowed characters dropped or made hyphens, a letter first. */
function suggestArcName(name: string, rule: ArcNameRule): string {
  const keepsCase = rule.pattern.test("A");
  const hyphens = rule.pattern.test("a-a");
  const candidate = (keepsCase ? name : name.toLowerCase())
    .replace(hyphens ? /[^A-Za-z0-9-]+/g : /[^A-Za-z0-9]+/g, hyphens ? "-" : "")
    .replace(/^[^A-Za-z]+/, "")
    .slice(0, rule.maxLength)
    .replace(/-+$/, "");
  return rule.pattern.test(candidate) ? candidate : rule.fallback;
}
