import { useMemo, type ReactNode } from "react";
import GlobalStyles from "@mui/material/GlobalStyles";
import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING, portsText, ruleText } from "../planning/firewall-ports";
import { formatIpv4 } from "../planning/ipv4";
import { firstFindings, planFindings, type SectionFindings } from "../planning/findings";
import type { Plan } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { poolsOf } from "../planning/pools";
import { deploymentScript } from "../planning/powershell";
import { readinessChecklist } from "../planning/readiness";
import { describeField, formatAddresses, formatCount, formatEntry, formatFindingCounts, formatPrefix, incompleteNote, moreFindings, planFigure, segmentPurpose } from "../review/format";
import { shareUrl } from "../share/share-url";
import { PRINT_STYLES } from "./print-styles";
import { QrCode } from "./qr-code";
import { qrMatrix } from "./qr-matrix";

const NOT_ENTERED = "—";
const NOTICE =
  "Network settings cannot be changed after the AKS host or a workload cluster is deployed; changing them means removing the clusters and uninstalling AKS on Azure Stack HCI and Windows Server.";

/**
 * The plan on paper, as a handover document: what was entered, what it needs, where it goes, the
 * commands that deploy it and the link that reopens it. Every value is React text, never markup.
 */
export function PrintDocument({ plan }: { plan: Plan }) {
  const { input } = plan;
  const title = input.vnet.name.trim() === "" ? "(no name yet)" : input.vnet.name;
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(new Date());
  return (
    <article aria-label="Printable plan">
      <GlobalStyles styles={PRINT_STYLES} />
      <header>
        <h1>Network plan for virtual network {title}</h1>
        <p>
          AKS on Azure Stack HCI and Windows Server · {plan.model === "static" ? "Static IP" : "DHCP"} network model · printed {date}
        </p>
      </header>
      <PlanStatus plan={plan} />
      <KeyFigures plan={plan} />
      <Inputs input={input} />
      <Section title="Address plan">
        <AddressPlan plan={plan} />
      </Section>
      <Section title="Itemised breakdown">
        <ol>
          {plan.breakdown.map((line) => (
            <li key={line.id}>{line.text}</li>
          ))}
        </ol>
      </Section>
      <Findings plan={plan} />
      <Section title="Deployment commands (PowerShell)">
        <Commands plan={plan} />
      </Section>
      <Section title="Readiness checklist">
        <ul>
          {readinessChecklist(input).map((item) => (
            <li key={item.id}>☐ {item.text}</li>
          ))}
        </ul>
      </Section>
      <Section title="Ports">
        <p>{FIREWALL_PORTS_HEADING}:</p>
        <ul className="ports">
          {FIREWALL_PORTS.map((port) => (
            <li key={port.ports.join("-")}>
              {portsText(port)} on {port.listensOn} ({port.purpose}): {ruleText(port)}
            </li>
          ))}
        </ul>
      </Section>
      <ShareLink input={input} />
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Errors listed on page 1, before the figures they make doubtful; the rest are under "Errors and warnings". */
const ERRORS_ON_PAGE_ONE = 8;

/** Whether this paper describes a plan ready to deploy: on page 1, where a reader starts. */
function PlanStatus({ plan }: { plan: Plan }) {
  const note = incompleteNote(plan);
  if (plan.errorCount === 0 && note === null) return null;
  const errors = plan.issues.filter((issue) => issue.severity === "error");
  const more = errors.length - ERRORS_ON_PAGE_ONE;
  return (
    <section className="status">
      <h2>Not ready to deploy: {formatCount(plan.errorCount)} {plan.errorCount === 1 ? "error" : "errors"}</h2>
      {note && <p>{note}</p>}
      <ul>
        {errors.slice(0, ERRORS_ON_PAGE_ONE).map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            {issue.path !== "" && `${describeField(issue.path, plan.input)}: `}
            {issue.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{formatCount(more)} more under "Errors and warnings".</p>}
    </section>
  );
}

function KeyFigures({ plan }: { plan: Plan }) {
  const { need, split, subnet } = plan;
  const figures: Array<[string, string]> = [["Total IP addresses", planFigure(plan, need.total)]];
  if (subnet.minimumPrefix !== null) figures.push(["Minimum subnet", formatPrefix(subnet.minimumPrefix)]);
  if (subnet.recommendedPrefix !== null) figures.push(["Recommended subnet", formatPrefix(subnet.recommendedPrefix)]);
  if (subnet.chosenPrefix !== null) figures.push(["Chosen prefix", formatPrefix(subnet.chosenPrefix)]);
  if (split.model === "static") {
    figures.push(["VIP pool", planFigure(plan, split.vipPoolSize)], ["Kubernetes node VM pool", planFigure(plan, split.nodePoolSize)]);
  } else {
    figures.push(["Reserve on the DHCP server", planFigure(plan, split.reserve)], ["Exclude from the scope (VIP pool)", planFigure(plan, split.exclude)], ["Free leases for nodes", planFigure(plan, split.minimumFreeLeases)]);
  }
  if (plan.reserve.total > 0) figures.push(["Of which growth reserve", planFigure(plan, plan.reserve.total)]);
  return (
    <section>
      <h2>Key figures</h2>
      <dl className="figures">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Inputs({ input }: { input: PlanInput }) {
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

function AddressPlan({ plan }: { plan: Plan }) {
  if (plan.addressMap.length === 0) return <p>No address plan: the address prefix is not a valid IPv4 prefix yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Purpose</th>
          <th scope="col">Start</th>
          <th scope="col">End</th>
          <th scope="col">Size</th>
        </tr>
      </thead>
      <tbody>
        {plan.addressMap.map((segment) => (
          <tr key={segment.range.start}>
            <td>{segmentPurpose(segment)}</td>
            <td>{formatIpv4(segment.range.start)}</td>
            <td>{formatIpv4(segment.range.end)}</td>
            <td>{formatAddresses(segment.size)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Paper lists this many findings per section of the plan: 49,000 of them would print 8 million characters. */
export const PRINTED_FINDINGS_PER_SECTION = 25;

function Findings({ plan }: { plan: Plan }) {
  const findings = planFindings(plan);
  const sections = findings.sections.filter((group) => group.findings.length > 0);
  const capped = sections.some((group) => group.findings.length > PRINTED_FINDINGS_PER_SECTION);
  return (
    <Section title={`Errors and warnings (${formatFindingCounts(findings)})`}>
      {sections.length === 0 && <p>No errors or warnings.</p>}
      {sections.map((group) => (
        <SectionFindingsList key={group.section.id} group={group} input={plan.input} />
      ))}
      {capped && (
        <p>
          This document lists the first {PRINTED_FINDINGS_PER_SECTION} findings of each part of the plan. The planner lists all {formatCount(findings.findings.length)}{" "}
          on its Review step: open the plan from the link at the end of this document.
        </p>
      )}
      <p>
        <strong>Note:</strong> {NOTICE}
      </p>
      <ul>
        {plan.recommendations.map((recommendation) => (
          <li key={recommendation.id}>
            <strong>Recommended:</strong> {recommendation.text} {recommendation.reason}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function SectionFindingsList({ group, input }: { group: SectionFindings; input: PlanInput }) {
  const { shown, more } = firstFindings(group, PRINTED_FINDINGS_PER_SECTION);
  const where = `in ${group.section.label}`;
  const left = [more.errors > 0 ? moreFindings(more.errors, "error", where) : "", more.warnings > 0 ? moreFindings(more.warnings, "warning", where) : ""].filter(Boolean);
  return (
    <>
      <h3>
        {group.section.label} ({formatFindingCounts(group)})
      </h3>
      <ul>
        {shown.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <strong>{issue.severity === "error" ? "Error" : "Warning"}</strong>
            {issue.path !== "" && ` in ${describeField(issue.path, input)}`}: {issue.message}
          </li>
        ))}
      </ul>
      {left.length > 0 && <p>{capitalized(left.join("; "))}.</p>}
    </>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One <pre> per command, so a page break falls between commands, never inside one. */
function Commands({ plan }: { plan: Plan }) {
  const script = deploymentScript(plan);
  if (!script.ok) return <p className="blocked">No commands yet. {script.reason}</p>;
  const header = script.script.slice(0, script.script.indexOf(script.commands[0]?.lines[0] ?? "\u0000")).trimEnd();
  return (
    <>
      {header !== "" && <pre className="command">{header}</pre>}
      {script.commands.map((command) => (
        <pre key={command.id} className="command">
          {command.lines.join("\n")}
        </pre>
      ))}
    </>
  );
}

function ShareLink({ input }: { input: PlanInput }) {
  const { link, matrix } = useMemo(() => {
    const url = shareUrl(input);
    return { link: url, matrix: url.ok ? qrMatrix(url.url) : null };
  }, [input]);
  return (
    <section className="share">
      <h2>Open this plan in the planner</h2>
      {link.ok ? (
        <div className="share-body">
          {matrix ? (
            <QrCode matrix={matrix} label="QR code of the share link" size="38mm" />
          ) : (
            <p>The share link is too long for a QR code that scans from paper ({formatCount(link.url.length)} characters): type the link below, or use the plan file.</p>
          )}
          <p className="link">{link.url}</p>
        </div>
      ) : (
        <p>{link.message}</p>
      )}
    </section>
  );
}

function range(start: string, end: string): string {
  if (start.trim() === "" && end.trim() === "") return "";
  return `${orDash(start)} – ${orDash(end)}`;
}

function orDash(value: string): string {
  return value.trim() === "" ? NOT_ENTERED : value;
}
