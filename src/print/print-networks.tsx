import type { Plan } from "../planning/plan";
import { clusterNetworksOf } from "../planning/plan-input-schema";
import { formatIpv4 } from "../planning/ipv4-format";
import type { NetworkPlan } from "../planning/plan";
import { formatAddresses, formatPrefix, planFigure, segmentPurpose } from "../review/format";

/**
 * The printed plan's parts for cluster networks (issue 10), kept to one table each so three
 * networks still fit the page budget: each network's figures in a row, and the cluster networks'
 * own fields, under the host network's in the inputs.
 */

const NOT_ENTERED = "—";

/** One row per network: what it holds and the subnet it needs, then the deployment's total. */
export function NetworkFigures({ plan }: { plan: Plan }) {
  const pools = plan.model === "static" ? ["Node VM pool", "VIP pool"] : ["Free leases", "VIP pool (excluded)"];
  return (
    <section>
      <h2>Key figures per virtual network</h2>
      <table aria-label="Key figures per virtual network">
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Total</th>
            <th scope="col">{pools[0]}</th>
            <th scope="col">{pools[1]}</th>
            <th scope="col">Minimum subnet</th>
            <th scope="col">Chosen prefix</th>
          </tr>
        </thead>
        <tbody>
          {plan.networks.map((network) => (
            <tr key={network.path}>
              <th scope="row">{shortName(network)}</th>
              <td>{planFigure(plan, network.need.total)}</td>
              <td>{planFigure(plan, network.need.node)}</td>
              <td>{planFigure(plan, network.need.vip)}</td>
              <td>{network.subnet.minimumPrefix === null ? "more than a /8" : formatPrefix(network.subnet.minimumPrefix)}</td>
              <td>{network.subnet.chosenPrefix === null ? NOT_ENTERED : formatPrefix(network.subnet.chosenPrefix)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">All networks</th>
            <td>{planFigure(plan, plan.need.total)}</td>
            <td>{planFigure(plan, plan.need.node)}</td>
            <td>{planFigure(plan, plan.need.vip)}</td>
            <td colSpan={2}>{plan.reserve.total > 0 ? `of which growth reserve ${planFigure(plan, plan.reserve.total)}` : ""}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** A network as a table row names it: its name, or what it is while it has none. */
function shortName(network: NetworkPlan): string {
  return network.name.trim() === "" ? network.label : network.name;
}

/** Every network's address map in one table, a Network column first: one header for all of them. */
export function NetworksAddressPlan({ plan }: { plan: Plan }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Network</th>
          <th scope="col">Purpose</th>
          <th scope="col">Start</th>
          <th scope="col">End</th>
          <th scope="col">Size</th>
        </tr>
      </thead>
      <tbody>
        {plan.networks.flatMap((network) =>
          network.addressMap.length === 0
            ? [
                <tr key={network.path}>
                  <td>{shortName(network)}</td>
                  <td colSpan={4}>No address plan: the address prefix is not a valid IPv4 prefix yet.</td>
                </tr>,
              ]
            : network.addressMap.map((segment) => (
                <tr key={`${network.path}-${segment.range.start}`}>
                  <td>{shortName(network)}</td>
                  <td>{segmentPurpose(segment)}</td>
                  <td>{formatIpv4(segment.range.start)}</td>
                  <td>{formatIpv4(segment.range.end)}</td>
                  <td>{formatAddresses(segment.size)}</td>
                </tr>
              )),
        )}
      </tbody>
    </table>
  );
}

/** The cluster networks' fields as entered (New-AksHciClusterNetwork), one row each. */
export function ClusterNetworkInputs({ plan }: { plan: Plan }) {
  const networks = clusterNetworksOf(plan.input);
  if (networks.length === 0) return null;
  const isStatic = plan.model === "static";
  return (
    <table>
      <caption>Cluster networks (New-AksHciClusterNetwork)</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Switch, vLAN</th>
          <th scope="col">Prefix, gateway, DNS</th>
          <th scope="col">{isStatic ? "Node VM pool" : "DHCP scope"}</th>
          <th scope="col">VIP pool</th>
        </tr>
      </thead>
      <tbody>
        {networks.map((network, index) => (
          <tr key={index}>
            <td>{orDash(network.name)}</td>
            <td>
              {orDash(network.vswitchName)}, {network.vlanId.trim() === "" ? "untagged" : `vLAN ${network.vlanId}`}
            </td>
            <td>{[network.addressPrefix, network.gateway, network.dnsServers.filter((dns) => dns.trim() !== "").join(", ")].map(orDash).join("; ")}</td>
            <td>{isStatic ? range(network.k8sNodeIpPoolStart, network.k8sNodeIpPoolEnd) : range(network.dhcpScopeStart, network.dhcpScopeEnd)}</td>
            <td>{range(network.vipPoolStart, network.vipPoolEnd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function range(start: string, end: string): string {
  return start.trim() === "" && end.trim() === "" ? NOT_ENTERED : `${orDash(start)} – ${orDash(end)}`;
}

function orDash(value: string): string {
  return value.trim() === "" ? NOT_ENTERED : value;
}
