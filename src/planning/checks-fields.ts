import { error, type IssueList, type Subnet } from "./checks-shared";
import { parseIpv4 } from "./ipv4";
import { formatIpv4 } from "./ipv4-format";
import { readField, type FieldRead } from "./read-input";

/** Reading one address field: blank, malformed or placed outside the subnet, each at its path. */

/**
 * The field's address, or null when it is blank or does not parse. A blank field is an error only
 * when `whenBlank` holds the "Enter ..." message the model's rules call for.
 */
export function readAddress(field: FieldRead<number> | string, path: string, label: string, whenBlank: string | null, issues: IssueList): number | null {
  // Text is read here (the AKS Arc profile); the first platform's fields arrive read by readInput.
  const read = typeof field === "string" ? readField(field, parseIpv4) : field;
  if (read.status === "ok") return read.value;
  if (read.status === "invalid") issues.push(error(path, `${label}: ${read.message}`));
  else if (whenBlank !== null) issues.push(error(path, whenBlank));
  return null;
}

/**
 * Why `address` cannot be a host of `subnet` (outside it, or its network or broadcast address),
 * as a sentence that names the addresses to use; null when it fits.
 * @example placeInSubnet("Gateway", 192.168.1.1, 10.0.0.0/24) // "Gateway 192.168.1.1 is outside 10.0.0.0/24: use an address from 10.0.0.1 to 10.0.0.254"
 */
export function placeInSubnet(label: string, address: number, subnet: Subnet): string | null {
  const where =
    address < subnet.network || address > subnet.broadcast
      ? "outside"
      : address === subnet.network
        ? "the network address of"
        : address === subnet.broadcast
          ? "the broadcast address of"
          : null;
  if (where === null) return null;
  return `${label} ${formatIpv4(address)} is ${where} ${subnet.text}: use an address from ${formatIpv4(subnet.network + 1)} to ${formatIpv4(subnet.broadcast - 1)}`;
}
