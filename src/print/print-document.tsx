import { useMemo } from "react";
import GlobalStyles from "@mui/material/GlobalStyles";
import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING, portsText, ruleText } from "../planning/firewall-ports";
import { formatIpv4 } from "../planning/ipv4-format";
import type { Plan } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { deploymentScript } from "../planning/powershell";
import { readinessChecklist } from "../planning/readiness";
import { describeField, formatAddresses, formatCount, formatPrefix, incompleteNote, planFigure, segmentPurpose } from "../review/format";
import { networkTitle, planOfNetwork } from "../review/network-view";
import { shareUrl } from "../share/share-url";
import { PrintBreakdown } from "./print-breakdown";
import { Findings } from "./print-findings";
import { Inputs } from "./print-inputs";
import { ClusterNetworkInputs, NetworkFigures, NetworksAddressPlan } from "./print-networks";
import { Section } from "./print-section";
import { PRINT_STYLES } from "./print-styles";
import { QrCode } from "./qr-code";
import { qrMatrix } from "./qr-matrix";

/**
 * The plan on paper, as a handover document: what was entered, what it needs, where it goes, the
 * commands that deploy it and the link that reopens it. Every value is React text, never markup.
 */
export function PrintDocument({ plan }: { plan: Plan }) {
  const { input } = plan;
  const title = input.vnet.name.trim() === "" ? "(no name yet)" : input.vnet.name;
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(new Date());
  const several = plan.networks.length > 1;
  // With cluster networks, each network's address plan and breakdown under its own heading.
  const views: Array<[string, Plan]> = several ? plan.networks.map((network) => [networkTitle(plan, network), planOfNetwork(plan, network)]) : [["", plan]];
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
      {several ? <NetworkFigures plan={plan} /> : <KeyFigures plan={plan} />}
      <Inputs input={input} />
      <ClusterNetworkInputs plan={plan} />
      <Section title="Address plan">{several ? <NetworksAddressPlan plan={plan} /> : <AddressPlan plan={plan} />}</Section>
      <PrintBreakdown views={views} />
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

/** A network's part of a section, under its heading when the plan has several. */
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
        <>
          {/* One line across the page, not a column squeezed beside the link where the code would be. */}
          {!matrix && (
            <p>
              The link is too long for a QR code ({formatCount(link.url.length)} characters): reopen the plan from its JSON file (Export › Download plan file).
            </p>
          )}
          <div className="share-body">
            {matrix && <QrCode matrix={matrix} label="QR code of the share link" size="38mm" />}
            <p className="link">{link.url}</p>
          </div>
        </>
      ) : (
        <p>{link.message}</p>
      )}
    </section>
  );
}
