/** Prefix lengths the AKS virtual network accepts. */
export const LARGEST_PREFIX = 8;
export const SMALLEST_PREFIX = 30;
/** The reference doc: "We recommend reserving a minimum of 256 IP addresses (/24 subnet)". */
export const RECOMMENDED_PREFIX = 24;

/** Addresses of a /p less network, broadcast and the gateway. */
export function assignableAddresses(prefix: number): number {
  return 2 ** (32 - prefix) - 3;
}

/**
 * The smallest subnet that holds `total` addresses beside the gateway; null when not even a /8 does.
 * @example minimumPrefixFor(32) // 26 (a /26 holds 61)
 */
export function minimumPrefixFor(total: number): number | null {
  for (let prefix = SMALLEST_PREFIX; prefix >= LARGEST_PREFIX; prefix--) {
    if (assignableAddresses(prefix) >= total) return prefix;
  }
  return null;
}

/** At least the doc's /24, larger when the need is larger. */
export function recommendedPrefixFor(total: number): number | null {
  const minimum = minimumPrefixFor(total);
  return minimum === null ? null : Math.min(minimum, RECOMMENDED_PREFIX);
}
