import { placeInSubnet, readAddress } from "./checks-fields";
import type { NetworkFacts } from "./checks-network";
import { error, midSentence, warning, type FixedAddress, type IssueList } from "./checks-shared";
import { type Cidr } from "./ipv4";
import { formatCidr, formatIpv4 } from "./ipv4-format";
import type { CloudServiceInput } from "./plan-input-schema";
import type { InputReading } from "./read-input";

/**
 * The MOC cloud service (`-cloudServiceCidr` of Set-AksHciConfig). Its address depends on the HCI
 * hosts' physical network, not on the Kubernetes network model: with DHCP hosts the cloud agent
 * gets its address from DHCP too, and both fields are unused, so they are not checked.
 */
export interface CloudServiceFacts {
  cloudServiceIp: FixedAddress | null;
  hciHost: FixedAddress | null;
}

const CIDR_PATH = "cloudService.cloudServiceCidr";
const HOST_PATH = "cloudService.hciHostIp";

export function checkCloudService(cloud: CloudServiceInput, reading: InputReading, issues: IssueList): CloudServiceFacts {
  if (cloud.hostAddressing === "dhcp") return { cloudServiceIp: null, hciHost: null };
  const cidr = readCloudServiceCidr(reading.cloudServiceCidr, issues);
  const hostAddress = readAddress(reading.hciHostIp, HOST_PATH, "HCI host IP", null, issues);
  const hciHost = hostAddress === null ? null : { path: HOST_PATH, label: "HCI host", address: hostAddress, movable: false };
  if (cidr !== null && hciHost !== null) checkHostSubnet(cidr, hciHost.address, issues);
  const cloudServiceIp = cidr === null ? null : { path: CIDR_PATH, label: "Cloud service IP", address: cidr.address, movable: true };
  return { cloudServiceIp, hciHost };
}

function readCloudServiceCidr(read: InputReading["cloudServiceCidr"], issues: IssueList): Cidr | null {
  if (read.status === "blank") {
    issues.push(
      error(
        CIDR_PATH,
        "Enter the cloud service CIDR: HCI hosts with static addresses need a fixed address for the cloud agent in their subnet, written with the subnet's prefix length, e.g. 10.11.23.45/16",
      ),
    );
    return null;
  }
  if (read.status === "invalid") {
    issues.push(error(CIDR_PATH, `Cloud service CIDR: ${read.message}`));
    return null;
  }
  const cidr = read.value;
  const written = formatCidr(cidr.address, cidr.prefix);
  if (cidr.prefix > 30) {
    issues.push(error(CIDR_PATH, `${written} has no host addresses: write the prefix length of the HCI hosts' subnet${hostPrefixExample(cidr.address)}`));
    return null;
  }
  const subnet = { network: cidr.network, broadcast: cidr.broadcast, prefix: cidr.prefix, text: formatCidr(cidr.network, cidr.prefix) };
  const problem = placeInSubnet("Cloud service IP", cidr.address, subnet);
  if (problem === null) return cidr;
  issues.push(error(CIDR_PATH, `${problem}, keeping the /${cidr.prefix}`));
  return null;
}

/** The reference doc: the MOC service's IP "must be in the same subnet as the IP addresses of" the HCI nodes. */
function checkHostSubnet(cidr: Cidr, host: number, issues: IssueList): void {
  const subnet = formatCidr(cidr.network, cidr.prefix);
  if (host < cidr.network || host > cidr.broadcast) {
    issues.push(
      error(
        CIDR_PATH,
        `HCI host ${formatIpv4(host)} is outside ${subnet}, the subnet of the cloud service CIDR: the cloud service IP must be in the HCI hosts' subnet, so pick an address there and write that subnet's prefix length`,
      ),
    );
  } else if (host === cidr.address) {
    issues.push(error(CIDR_PATH, `Cloud service IP ${formatIpv4(host)} is the HCI host's own address: pick a free address in ${subnet} for the cloud agent`));
  }
}

/**
 * The cloud service IP against the Kubernetes virtual network: taking the gateway's or a DNS
 * server's address is an error; inside the prefix (but in no pool, which the pool checks report)
 * it is allowed and only costs an address of the subnet.
 */
export function checkCloudServicePlacement(cloud: CloudServiceFacts, network: NetworkFacts, inPool: boolean, issues: IssueList): void {
  const ip = cloud.cloudServiceIp;
  if (ip === null) return;
  const taken = [network.gateway, ...network.dnsServers].find((fixed) => fixed?.address === ip.address);
  if (taken) {
    issues.push(error(CIDR_PATH, `Cloud service IP ${formatIpv4(ip.address)} is the same address as the ${midSentence(taken.label)}: pick a free address in the HCI hosts' subnet`));
    return;
  }
  const { subnet } = network;
  if (inPool || subnet === null || ip.address < subnet.network || ip.address > subnet.broadcast) return;
  issues.push(
    warning(
      CIDR_PATH,
      `Cloud service IP ${formatIpv4(ip.address)} is inside the Kubernetes address prefix ${subnet.text}: it takes one of its addresses, so keep it out of the pools now and of any range added later`,
    ),
  );
}

/**
 * ", e.g. 10.11.23.45/24": the longest usual prefix (/24 down to /8) of which the address is a
 * host, so the example never names a network or broadcast address; nothing when none is.
 */
function hostPrefixExample(address: number): string {
  for (let prefix = 24; prefix >= 8; prefix--) {
    const size = 2 ** (32 - prefix);
    const offset = address % size;
    if (offset !== 0 && offset !== size - 1) return `, e.g. ${formatCidr(address, prefix)}`;
  }
  return "";
}
