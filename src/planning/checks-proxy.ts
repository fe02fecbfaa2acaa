import { error, isBlank, quoted, warning, type IssueList } from "./checks-shared";
import { parseCidr, parseIpv4 } from "./ipv4";
import { formatCidr, formatIpv4 } from "./ipv4-format";
import type { AddressRange } from "./plan";
import { proxyOf, type PlanInput } from "./plan-input-schema";
import { noProxyEntries } from "./proxy";
import { valueOf, type InputReading } from "./read-input";

/**
 * New-AksHciProxySetting. The settings apply once, at Install-AksHci, and cannot change afterwards
 * (vendor-facts 1c), so mistakes are caught here. The noProxy list must let the nodes reach each
 * other and the cloud agent directly, or every call between them goes out through the proxy.
 */
export function checkProxy(input: PlanInput, reading: InputReading, issues: IssueList): void {
  const proxy = proxyOf(input);
  if (!proxy.enabled) return;
  if (isBlank(proxy.http) && isBlank(proxy.https)) {
    issues.push(error("proxy.http", "Enter the proxy's URL, e.g. http://proxy.example.com:3128, or turn the proxy off if the hosts reach the internet directly"));
  }
  for (const [field, label] of [
    ["http", "HTTP proxy"],
    ["https", "HTTPS proxy"],
  ] as const) {
    const url = proxy[field].trim();
    if (url !== "" && !/^https?:\/\/[^\s/?#]+(:\d{1,5})?\/?$/i.test(url)) {
      issues.push(error(`proxy.${field}`, `${label} "${quoted(url)}" is not a proxy URL: write http://host:port, e.g. http://proxy.example.com:3128`));
    }
  }
  checkNoProxy(input, reading, proxy.noProxy, issues);
}

function checkNoProxy(input: PlanInput, reading: InputReading, list: string, issues: IssueList): void {
  if (/[\p{Cc}]/u.test(list)) {
    issues.push(error("proxy.noProxy", "The no-proxy list contains a line break or another control character: separate entries with commas only"));
    return;
  }
  const covered = coverage(noProxyEntries(list));
  const missing: string[] = [];
  // Each cluster network's nodes talk to the cloud agent and the API servers as the host network's do.
  for (const [index, network] of [reading, ...reading.clusterNetworks].entries()) {
    const prefix = valueOf(network.prefix);
    const what = index === 0 ? "the AKS address prefix" : `the cluster network prefix`;
    if (prefix && !covered({ start: prefix.network, end: prefix.broadcast })) missing.push(`${what} ${formatCidr(prefix.network, prefix.prefix)}`);
  }
  const cloud = input.cloudService.hostAddressing === "static" ? valueOf(reading.cloudServiceCidr) : null;
  if (cloud && !covered({ start: cloud.address, end: cloud.address })) missing.push(`the cloud agent ${formatIpv4(cloud.address)}`);
  if (missing.length === 0) return;
  issues.push(
    warning(
      "proxy.noProxy",
      `The no-proxy list leaves out ${missing.join(" and ")}: traffic between the nodes and the cloud agent would go through the proxy; add ${missing.map((item) => item.split(" ").at(-1)).join(",")} to it`,
    ),
  );
}

/** Whether one entry of the list, an address or a prefix, holds the whole range. Names cannot be checked and cover nothing. */
function coverage(entries: readonly string[]): (range: AddressRange) => boolean {
  const blocks: AddressRange[] = [];
  for (const entry of entries) {
    const cidr = parseCidr(entry);
    if (cidr.ok) blocks.push({ start: cidr.value.network, end: cidr.value.broadcast });
    const address = parseIpv4(entry);
    if (address.ok) blocks.push({ start: address.value, end: address.value });
  }
  return (range) => blocks.some((block) => block.start <= range.start && block.end >= range.end);
}
