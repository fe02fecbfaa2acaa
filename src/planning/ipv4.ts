import IPCIDR from "ip-cidr";

/**
 * The one place that talks to ip-cidr. Everything else in the planner holds IPv4 addresses as
 * unsigned 32-bit numbers, so ranges, overlaps and sizes are plain arithmetic.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** An address written with a prefix length, e.g. 10.11.23.45/16. */
export interface Cidr {
  /** The address as written (may have host bits set). */
  address: number;
  prefix: number;
  network: number;
  broadcast: number;
}

const IPV4_ONLY = "AKS on Azure Stack HCI virtual networks are IPv4 only";
export const IPV6_MESSAGE = `${IPV4_ONLY}: enter an IPv4 address such as 10.0.0.1`;

const fail = (message: string): Parsed<never> => ({ ok: false, message });

function looksLikeIpv6(text: string): boolean {
  return text.includes(":");
}

/**
 * @example parseIpv4("10.0.0.1") // { ok: true, value: 167772161 }
 */
export function parseIpv4(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === "") return fail("Enter an IPv4 address, e.g. 10.0.0.1");
  if (looksLikeIpv6(text)) return fail(IPV6_MESSAGE);
  if (text.includes("/")) return fail(`Enter the address alone, without a prefix length: ${text.split("/")[0]}`);
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || !IPCIDR.isValidAddress(text)) {
    return fail(`"${clip(text)}" is not an IPv4 address: write four numbers from 0 to 255 separated by dots, e.g. 10.0.0.1`);
  }
  return { ok: true, value: Number(IPCIDR.createAddress(text).bigInteger()) };
}

/**
 * Parses an IPv4 address with a prefix length. Host bits are allowed here; callers that need a
 * network address compare `address` with `network`.
 * `example` is what the field expects, named in the messages: a network address for the address
 * prefix, a host address for the cloud service CIDR.
 * @example parseCidr("10.10.2.0/22") // network 10.10.0.0, prefix 22, address 10.10.2.0
 */
export function parseCidr(raw: string, example = "10.0.0.0/24"): Parsed<Cidr> {
  const text = raw.trim();
  if (text === "") return fail(`Enter an address with a prefix length, e.g. ${example}`);
  if (looksLikeIpv6(text)) return fail(`${IPV4_ONLY}: enter it as IPv4 with a prefix length, e.g. ${example}`);
  const [addressText = "", prefixText, ...rest] = text.split("/");
  if (prefixText === undefined) return fail(`Add the prefix length, e.g. ${clip(addressText)}/24`);
  if (rest.length > 0 || !/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) {
    return fail(`"${clip(text)}" has no valid prefix length: write it as address/length with a length from 0 to 32, e.g. ${example}`);
  }
  const address = parseIpv4(addressText);
  if (!address.ok) return address;
  const range = new IPCIDR(`${addressText}/${Number(prefixText)}`);
  return {
    ok: true,
    value: {
      address: address.value,
      prefix: Number(prefixText),
      network: Number(range.start<bigint>({ type: "bigInteger" })),
      broadcast: Number(range.end<bigint>({ type: "bigInteger" })),
    },
  };
}

/** True for addresses outside RFC 1918, CGNAT, loopback and link-local space. */
export function isPublicIpv4(value: number): boolean {
  const privateBlocks: ReadonlyArray<readonly [string, number]> = [
    ["10.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.168.0.0", 16],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
  ];
  return !privateBlocks.some(([network, prefix]) => {
    const block = parseCidr(`${network}/${prefix}`);
    return block.ok && value >= block.value.network && value <= block.value.broadcast;
  });
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
