import { useMemo, type ReactNode } from "react";
import { createPortal } from "react-dom";
import GlobalStyles from "@mui/material/GlobalStyles";
import type { ArcPlan } from "../planning/aks-arc/arc-plan";
import { AKS_ARC_PROFILE } from "../planning/aks-arc/arc-profile";
import { ARC_DNS_REQUIREMENT, ARC_HELP, ARC_PORTS } from "../planning/aks-arc/arc-rules";
import { PRINT_STYLES } from "../print/print-styles";
import { QrCode } from "../print/qr-code";
import { qrMatrix } from "../print/qr-matrix";
import { arcShareUrl } from "../share/arc-share-link";
import { ARC_EXPORTS } from "../export/arc-export-files";
import { ARC_PORTS_HEADING, rangeLabel } from "./arc-review";
import { arcFieldName } from "./arc-field-names";
import { useArcPlan } from "./use-arc-plan";

const NOT_ENTERED = "—";
/** Enough to act on; the review and the CSV list every one. */
const FINDINGS_PRINTED = 12;

function orDash(value: string): string {
  return value.trim() === "" ? NOT_ENTERED : value;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Inputs({ plan }: { plan: ArcPlan }) {
  const network = plan.input.logicalNetwork;
  const rows: Array<[string, string]> = [
    ["VM switch", network.vmSwitchName],
    ["Address prefix", network.addressPrefix],
    ["Default gateway", network.gateway],
    ["DNS servers", network.dnsServers.filter((server) => server.trim() !== "").join(", ")],
    ["VLAN ID", network.vlanId === "" ? "untagged" : network.vlanId],
    ["IP pool", network.ipPoolStart.trim() === "" && network.ipPoolEnd.trim() === "" ? "" : `${orDash(network.ipPoolStart)} – ${orDash(network.ipPoolEnd)}`],
  ];
  return (
    <table className="fields">
      <caption>Logical network (static IP allocation)</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{orDash(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Clusters({ plan }: { plan: ArcPlan }) {
  return (
    <table>
      <caption>Workload clusters</caption>
      <thead>
        <tr>
          <th scope="col">Cluster</th>
          <th scope="col">Control plane</th>
          <th scope="col">Node pools</th>
          <th scope="col">Load balancer</th>
        </tr>
      </thead>
      <tbody>
        {plan.input.clusters.map((cluster, index) => (
          <tr key={index}>
            <th scope="row">{orDash(cluster.name)}</th>
            <td>
              {cluster.controlPlaneCount} nodes, IP {cluster.controlPlaneIp.trim() === "" ? "from the pool" : cluster.controlPlaneIp}
            </td>
            <td>{cluster.nodePools.map((pool) => `${orDash(pool.name)}: ${pool.count} ${pool.osType}`).join("; ")}</td>
            <td>
              {cluster.loadBalancer.advertiseMode}: {cluster.loadBalancer.addressRanges.join(", ") || NOT_ENTERED}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Findings({ plan }: { plan: ArcPlan }) {
  const shown = plan.issues.slice(0, FINDINGS_PRINTED);
  const more = plan.issues.length - shown.length;
  return (
    <Section title={`Checks: ${plan.errorCount} ${plan.errorCount === 1 ? "error" : "errors"}, ${plan.warningCount} ${plan.warningCount === 1 ? "warning" : "warnings"}`}>
      {shown.length === 0 ? (
        <p>The plan passes every check.</p>
      ) : (
        <ul>
          {shown.map((issue, index) => (
            <li key={index}>
              {issue.severity === "error" ? "Error" : "Warning"} at {arcFieldName(issue.path)}: {issue.message}
            </li>
          ))}
          {more > 0 && <li>{more} more: see the planner's Review.</li>}
        </ul>
      )}
    </Section>
  );
}

/** The link that reopens the plan, with its QR code when one scans from paper. */
function ShareLink({ plan }: { plan: ArcPlan }) {
  const { link, matrix } = useMemo(() => {
    const url = arcShareUrl(plan.input);
    return { link: url, matrix: url.ok ? qrMatrix(url.url) : null };
  }, [plan.input]);
  return (
    <section className="share">
      <h2>Open this plan in the planner</h2>
      {link.ok ? (
        <div className="share-body">
          {matrix ? <QrCode matrix={matrix} label="QR code of the share link" size="38mm" /> : <p>The share link is too long for a QR code that scans from paper: type the link below, or use the plan file.</p>}
          <p className="link">{link.url}</p>
        </div>
      ) : (
        <p>{link.message}</p>
      )}
    </section>
  );
}

/** An AKS Arc plan on paper, as a handover document. Every value is React text, never markup. */
export function ArcPrintDocument({ plan }: { plan: ArcPlan }) {
  const name = plan.input.logicalNetwork.name.trim();
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(new Date());
  return (
    <article aria-label="Printable plan">
      <GlobalStyles styles={PRINT_STYLES} />
      <header>
        <h1>Network plan for logical network {name === "" ? "(no name yet)" : name}</h1>
        <p>
          {AKS_ARC_PROFILE.label} · static IP pool · printed {date}
        </p>
      </header>
      <dl className="figures">
        {AKS_ARC_PROFILE.totals(plan).map((total) => (
          <div key={total.id}>
            <dt>{total.label.charAt(0).toUpperCase() + total.label.slice(1)}</dt>
            <dd>{total.count}</dd>
          </div>
        ))}
        {plan.subnet.minimumPrefix !== null && (
          <div>
            <dt>Minimum prefix</dt>
            <dd>/{plan.subnet.minimumPrefix}</dd>
          </div>
        )}
      </dl>
      <div className="columns">
        <Inputs plan={plan} />
        <table>
          <caption>Pools</caption>
          <thead>
            <tr>
              <th scope="col">Pool</th>
              <th scope="col">Needs</th>
              <th scope="col">Entered</th>
            </tr>
          </thead>
          <tbody>
            {plan.pools.map((pool) => (
              <tr key={pool.id}>
                <th scope="row">{pool.label}</th>
                <td>{pool.need}</td>
                <td>{pool.typed.length === 0 ? NOT_ENTERED : pool.typed.map(rangeLabel).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Clusters plan={plan} />
      <Section title="Itemised breakdown">
        <ol>
          {plan.breakdown.map((line) => (
            <li key={line.id}>{line.text}</li>
          ))}
        </ol>
      </Section>
      <Findings plan={plan} />
      <Section title="Network requirements">
        <p>{ARC_PORTS_HEADING} (TCP, both directions):</p>
        <ul>
          {ARC_PORTS.map((port) => (
            <li key={port.port}>
              {port.port}: {port.from} to {port.to} ({port.purpose})
            </li>
          ))}
        </ul>
        <p>DNS: {ARC_DNS_REQUIREMENT}</p>
        <p>Static only: {ARC_HELP.staticOnly}</p>
      </Section>
      <Section title="Deployment">
        <p>
          The planner's Review downloads the az commands that deploy this plan: {ARC_EXPORTS.map((format) => format.label).join(", ")}.
        </p>
      </Section>
      <ShareLink plan={plan} />
    </article>
  );
}

/** Not displayed on screen; on paper it is all there is (print-styles.ts hides every other child of <body>). */
export function ArcPrintView() {
  const plan = useArcPlan();
  return createPortal(
    <div data-print-root="">
      <ArcPrintDocument plan={plan} />
    </div>,
    document.body,
  );
}
