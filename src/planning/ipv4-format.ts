/**
 * IPv4 addresses held as unsigned 32-bit numbers, written out. Apart from ipv4.ts (the parsing, the
 * one place that talks to ip-cidr) so that what only shows addresses loads without the parser.
 */

/** @example formatIpv4(167772161) // "10.0.0.1" */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** @example formatCidr(167772160, 24) // "10.0.0.0/24" */
export function formatCidr(address: number, prefix: number): string {
  return `${formatIpv4(address)}/${prefix}`;
}
