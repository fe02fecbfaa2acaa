import type { PlanInput } from "../planning/plan-input-schema";
import { poolsOf } from "../planning/pools";
import { formatEntry } from "../review/format";
import { Section } from "./print-section";

const NOT_ENTERED = "—";

/** What was entered: the virtual network, the cloud service and options, the clusters and services. */
export function Inputs({ input }: { input: PlanInput }) {
  const { vnet, cloudService, options } = input;
  const staticModel = input.model === "static";
  const network: Array<[string, string]> = [
    ["Network model", staticModel ? "Static IP" : "DHCP"],
    ["Name", vnet.name],
    ["Virtual switch name", vnet.vswitchName],
    ["Address prefix", vnet.addressPrefix],
    ["Gateway", vnet.gateway],
    ["DNS servers", vnet.dnsServers.filter((server) => server.trim() !== "").join(", ")],
    ...poolsOf(input.model).map((spec): [string, string] => [spec.label, range(vnet[spec.startField], vnet[spec.endField])]),
    ["vLAN ID", vnet.vlanId.trim() === "" ? "untagged" : vnet.vlanId],
  ];
  const staticHosts = cloudService.hostAddressing === "static";
  const cloud: Array<[string, string]> = [
    ["HCI hosts' address assignment", staticHosts ? "Static" : "DHCP"],
    ...(staticHosts ? [["Cloud service CIDR", cloudService.cloudServiceCidr] as [string, string]] : []),
    ["HCI host IP", cloudService.hciHostIp],
    ["VIP sharing", options.vipSharing ? "On: services on different ports share VIPs" : "Off: one VIP per instance"],
    [
      "Growth reserve",
      options.growthReserve.clusters === 0
        ? "none"
        : `${formatEntry(options.growthReserve.clusters)} × (${formatEntry(options.growthReserve.controlPlaneNodes)} control plane + ${formatEntry(options.growthReserve.workerNodes)} workers)`,
    ],
  ];
  return (
    <Section title="Inputs">
      <div className="columns">
        <Fields caption="Virtual network" fields={network} />
        <Fields caption="MOC cloud service and options" fields={cloud} />
      </div>
      <table>
        <caption>Workload clusters (the AKS host adds its own control plane node)</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Control plane nodes</th>
            <th scope="col">Worker nodes</th>
            <th scope="col">Node pools</th>
          </tr>
        </thead>
        <tbody>
          {input.clusters.length === 0 && <EmptyRow columns={4} text="No workload clusters" />}
          {input.clusters.map((cluster, index) => (
            <tr key={index}>
              <td>{orDash(cluster.name)}</td>
              <td>{formatEntry(cluster.controlPlaneNodes)}</td>
              <td>{formatEntry(cluster.workerNodes)}</td>
              <td>{cluster.nodePools.length === 0 ? NOT_ENTERED : cluster.nodePools.map((pool) => `${pool.name} (${formatEntry(pool.count)}, ${pool.osType})`).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Services</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Port</th>
            <th scope="col">Instances</th>
            <th scope="col">Workload cluster</th>
          </tr>
        </thead>
        <tbody>
          {input.services.length === 0 && <EmptyRow columns={4} text="No services" />}
          {input.services.map((service, index) => (
            <tr key={index}>
              <td>{orDash(service.name)}</td>
              <td>{typeof service.port === "number" ? service.port : formatEntry(service.port)}</td>
              <td>{formatEntry(service.instances)}</td>
              <td>{service.cluster === "" ? "none" : service.cluster}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Fields({ caption, fields }: { caption: string; fields: Array<[string, string]> }) {
  return (
    <table className="fields">
      <caption>{caption}</caption>
      <tbody>
        {fields.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{orDash(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td colSpan={columns}>{text}</td>
    </tr>
  );
}

function range(start: string, end: string): string {
  if (start.trim() === "" && end.trim() === "") return "";
  return `${orDash(start)} – ${orDash(end)}`;
}

function orDash(value: string): string {
  return value.trim() === "" ? NOT_ENTERED : value;
}
