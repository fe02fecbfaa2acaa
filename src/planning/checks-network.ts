import { readAddress, placeInSubnet } from "./checks-fields";
import { CLUSTER_NETWORK_NAME_RULE, nameProblem, VNET_NAME_RULE } from "./checks-names";
import { error, isBlank, quoted, subnetOf, warning, type FixedAddress, type IssueList, type Subnet } from "./checks-shared";
import { isPublicIpv4, type Cidr, type Parsed } from "./ipv4";
import { formatCidr, formatIpv4 } from "./ipv4-format";
import type { NetworkContext } from "./networks";
import type { NetworkModel } from "./plan-input-schema";
import { MAX_DNS_SERVERS } from "./plan-input-schema";
import type { FieldRead } from "./read-input";
import { LARGEST_PREFIX, SMALLEST_PREFIX } from "./subnet";

/** The virtual network's own fields: names, vLAN, address prefix, gateway and DNS servers. */

export interface NetworkFacts {
  /** Null when the prefix is blank, malformed or of a length the planner does not take. */
  subnet: Subnet | null;
  gateway: FixedAddress | null;
  dnsServers: FixedAddress[];
}

/** One network's fields, every rule the same for the AKS host's network and each cluster network (at its own paths). */
export function checkNetwork(model: NetworkModel, network: NetworkContext, issues: IssueList): NetworkFacts {
  const { vnet, reading, path } = network;
  const isHost = network.index === null;
  checkVnetName(vnet.name, network, issues);
  checkSwitchName(vnet.vswitchName, `${path}.vswitchName`, issues);
  if (!reading.vlanId.ok) issues.push(error(`${path}.vlanId`, reading.vlanId.message));
  const subnet = readSubnet(reading.prefix, model, network.subnet.minimumPrefix, `${path}.addressPrefix`, issues);
  const cmdlet = isHost ? VNET_NAME_RULE.cmdlet : CLUSTER_NETWORK_NAME_RULE.cmdlet;
  return {
    subnet,
    gateway: readGateway(reading.gateway, model, subnet, `${path}.gateway`, issues),
    dnsServers: readDnsServers(vnet.dnsServers, reading.dnsServers, { model, subnet, path, cmdlet }, issues),
  };
}

function checkVnetName(name: string, network: NetworkContext, issues: IssueList): void {
  const path = `${network.path}.name`;
  const isHost = network.index === null;
  const fallback = isHost ? "aksvnet" : `clustervnet${(network.index ?? 0) + 1}`;
  if (isBlank(name)) {
    const which = isHost ? "the virtual network" : `cluster network ${(network.index ?? 0) + 1}`;
    issues.push(error(path, `Enter a name for ${which}: lowercase letters and digits, e.g. ${fallback}`));
    return;
  }
  const problem = nameProblem(name, isHost ? VNET_NAME_RULE : CLUSTER_NETWORK_NAME_RULE, fallback);
  if (problem !== null) issues.push(error(path, problem));
}

/**
 * The switch name goes into the deployment script as a quoted literal. A line break could not
 * break out of it, but no Hyper-V switch is named so: it is a paste accident, and it would make the
 * script's line hard to read, so it is refused here rather than carried into the script.
 */
function checkSwitchName(name: string, path: string, issues: IssueList): void {
  if (isBlank(name)) {
    issues.push(error(path, "Enter the name of the Hyper-V virtual switch the node VMs connect to (Get-VMSwitch lists them), e.g. External"));
  } else if (/[\p{Cc}\u2028\u2029]/u.test(name)) {
    issues.push(error(path, "The virtual switch name contains a line break or another control character: type it as Get-VMSwitch shows it, e.g. External"));
  }
}

/**
 * The vLAN ID as a number, null for an untagged network (empty field).
 * @example parseVlanId("7") // { ok: true, value: 7 }; parseVlanId("") // { ok: true, value: null }
 */
export function parseVlanId(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  const untagged = "or leave the field empty for an untagged network";
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `"${quoted(trimmed)}" is not a vLAN ID: enter a whole number from 1 to 4094, ${untagged}` };
  const value = Number(trimmed);
  if (value === 0) return { ok: false, message: `A vLAN ID of 0 means no tag: enter a whole number from 1 to 4094, ${untagged}` };
  if (value > 4094) return { ok: false, message: `The vLAN ID ${quoted(trimmed)} is out of range: enter a whole number from 1 to 4094, ${untagged}` };
  return { ok: true, value };
}

function readSubnet(read: FieldRead<Cidr>, model: NetworkModel, minimumPrefix: number | null, path: string, issues: IssueList): Subnet | null {
  if (read.status === "blank") {
    // New-AksHciNetworkSetting takes no prefix in the DHCP model: without one only the checks of the VIP pool's place are lost.
    issues.push(
      model === "static"
        ? error(path, "Enter the address prefix of the Kubernetes subnet, e.g. 10.0.0.0/24")
        : warning(path, "Enter the subnet the DHCP scope serves, e.g. 10.0.0.0/24: the planner then checks that the virtual IP pool lies in it, and the script names the scope to exclude it from"),
    );
    return null;
  }
  if (read.status === "invalid") {
    issues.push(error(path, `Address prefix: ${read.message}`));
    return null;
  }
  const { address, prefix, network, broadcast } = read.value;
  if (prefix < LARGEST_PREFIX || prefix > SMALLEST_PREFIX) {
    const why = prefix > SMALLEST_PREFIX ? "leaves no addresses for the Kubernetes nodes" : "is larger than the planner takes";
    const fits = minimumPrefix === null ? "" : ` (this plan needs a /${minimumPrefix} or larger)`;
    issues.push(error(path, `A /${prefix} ${why}: use a prefix length from /${LARGEST_PREFIX} to /${SMALLEST_PREFIX}${fits}`));
    return null;
  }
  if (address !== network) {
    issues.push(error(path, `${formatCidr(address, prefix)} is not a network address: the /${prefix} holding it is ${formatCidr(network, prefix)}`));
  }
  return subnetOf(network, broadcast, prefix);
}

/** Required for the static model; in the DHCP model the DHCP server hands it out, but a typed one is checked. */
function readGateway(read: FieldRead<number>, model: NetworkModel, subnet: Subnet | null, path: string, issues: IssueList): FixedAddress | null {
  const example = subnet === null ? "10.0.0.1" : formatIpv4(subnet.network + 1);
  const whenBlank = model === "static" ? `Enter the default gateway of the subnet, e.g. ${example}` : null;
  const address = readAddress(read, path, "Gateway", whenBlank, issues);
  if (address === null) return null;
  const problem = subnet === null ? null : placeInSubnet("Gateway", address, subnet);
  if (problem !== null) issues.push(error(path, problem));
  return { path, label: "Gateway", address, movable: true };
}

/**
 * Blank rows are ignored: the form keeps an empty row for the next server, and the DHCP model needs
 * none. A DNS server outside the prefix is only a warning, unlike the gateway: the section 1 table of
 * the spec does not require it inside, and routed DNS servers (domain controllers on a management
 * VLAN) are the common case; the warning asks the admin to make sure the route exists.
 */
interface DnsPlace {
  model: NetworkModel;
  subnet: Subnet | null;
  /** The network's path: "vnet" or "clusterNetworks.0". */
  path: string;
  cmdlet: string;
}

function readDnsServers(texts: readonly string[], reads: readonly FieldRead<number>[], place: DnsPlace, issues: IssueList): FixedAddress[] {
  const { model, subnet, cmdlet } = place;
  const filled = texts.flatMap((text, index) => {
    const read = reads[index];
    return read === undefined || read.status === "blank" ? [] : [{ text, read, path: `${place.path}.dnsServers.${index}`, row: index + 1 }];
  });
  if (filled.length === 0) {
    // With no row at all (a plan file with an empty list) the finding goes to the group, which exists.
    const path = texts.length === 0 ? `${place.path}.dnsServers` : `${place.path}.dnsServers.0`;
    if (model === "static") issues.push(error(path, `Enter at least one DNS server: the static model needs 1 to ${MAX_DNS_SERVERS}, e.g. your domain controller's address`));
    return [];
  }
  for (const extra of filled.slice(MAX_DNS_SERVERS)) {
    issues.push(error(extra.path, `${cmdlet} takes at most ${MAX_DNS_SERVERS} DNS servers: remove ${quoted(extra.text.trim())}`));
  }
  const rowOf = new Map<number, number>();
  const servers: FixedAddress[] = [];
  for (const { read, path, row } of filled) {
    const address = readAddress(read, path, "DNS server", null, issues);
    if (address === null) continue;
    const firstRow = rowOf.get(address);
    if (firstRow !== undefined) {
      issues.push(error(path, `${formatIpv4(address)} is already DNS server ${firstRow}: enter a different address or remove this one`));
      continue;
    }
    rowOf.set(address, row);
    if (subnet !== null) checkDnsPlace(address, path, subnet, issues);
    servers.push({ path, label: "DNS server", address, movable: true });
  }
  const [first] = servers;
  if (first !== undefined && servers.every((server) => isPublicIpv4(server.address))) {
    const list = servers.map((server) => formatIpv4(server.address)).join(", ");
    issues.push(
      warning(
        first.path,
        `Every DNS server here is public (${list}): public resolvers cannot resolve internal names such as the cloud agent's; add your internal DNS server`,
      ),
    );
  }
  return servers;
}

function checkDnsPlace(address: number, path: string, subnet: Subnet, issues: IssueList): void {
  if (address < subnet.network || address > subnet.broadcast) {
    issues.push(
      warning(
        path,
        `DNS server ${formatIpv4(address)} is outside ${subnet.text}: the node VMs reach it only through the gateway, so make sure that route and the firewall let DNS (port 53) through`,
      ),
    );
    return;
  }
  const problem = placeInSubnet("DNS server", address, subnet);
  if (problem !== null) issues.push(error(path, problem));
}
