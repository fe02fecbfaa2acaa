import { formatIpv4 } from "../planning/ipv4-format";

/**
 * Addresses in a v1 link (see compact-v1.ts): small offsets from the address prefix's own address
 * compress far better than dotted quads, and anything not written the canonical way stays as typed.
 */

const QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const TWO_TO_32 = 2 ** 32;

/**
 * The number of a dotted quad written the canonical way (no leading zeros, no spaces), else null.
 * Deliberately not the planner's parser: this only decides whether text survives a round trip as
 * a number, and v1 links must decode the same way forever.
 */
function canonicalQuad(text: string): number | null {
  const parts = QUAD.exec(text);
  if (!parts) return null;
  const octets = parts.slice(1).map(Number);
  if (octets.some((octet, i) => octet > 255 || String(octet) !== parts[i + 1])) return null;
  return octets.reduce((value, octet) => value * 256 + octet, 0);
}

export function addressBase(prefix: string): number {
  return canonicalQuad(prefix.split("/")[0] ?? "") ?? 0;
}

export function compactAddress(text: string, base: number): string | number {
  const value = canonicalQuad(text);
  return value === null ? text : value - base;
}

export function compactCidr(text: string, base: number): string | [number, number] {
  const [address = "", length, ...rest] = text.split("/");
  const value = canonicalQuad(address);
  if (value === null || length === undefined || rest.length > 0 || !/^(\d|[12]\d|3[0-2])$/.test(length)) return text;
  return [value - base, Number(length)];
}

/** Throws on numbers no address can be: the caller turns that into "damaged". */
export function expandAddress(value: unknown, base: number): unknown {
  if (typeof value !== "number") return value;
  const address = base + value;
  if (!Number.isInteger(address) || address < 0 || address >= TWO_TO_32) throw new Error("not an address");
  return formatIpv4(address);
}

export function expandCidr(value: unknown, base: number): unknown {
  if (!Array.isArray(value)) return value;
  const [offset, length] = value as unknown[];
  if (value.length !== 2 || typeof length !== "number" || !Number.isInteger(length) || length < 0 || length > 32) throw new Error("not a CIDR");
  return `${String(expandAddress(offset, base))}/${length}`;
}
