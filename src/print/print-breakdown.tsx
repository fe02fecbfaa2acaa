import { Fragment } from "react";
import { groupBreakdown, type ClusterGroup } from "../planning/breakdown-groups";
import type { BreakdownLine, Plan } from "../planning/plan";
import { formatCount } from "../review/format";
import { Section } from "./print-section";

/** What each column of the clusters' table counts: the breakdown line of that rule, or the VIP side. */
const COLUMNS: ReadonlyArray<{ heading: string; counts: (line: BreakdownLine) => boolean }> = [
  { heading: "Control plane nodes", counts: (line) => line.rule === "control-plane-nodes" },
  { heading: "Worker nodes", counts: (line) => line.rule === "worker-nodes" },
  { heading: "Update operations and load balancer", counts: (line) => line.rule === "cluster-update-and-load-balancer" },
  { heading: "Service VIPs", counts: (line) => line.side === "vip" },
];

/**
 * The breakdown on paper, readable at any length: the total and split, the lines of no single
 * cluster in the doc's words, then one table row per workload cluster (50 clusters print as 50
 * rows, not 150 sentences). Every figure is a breakdown line's count or a group's subtotal.
 */
export function PrintBreakdown({ views }: { views: ReadonlyArray<readonly [string, Plan]> }) {
  return (
    <Section title="Itemised breakdown">
      {views.map(([heading, view]) => (
        <Fragment key={heading}>
          {heading !== "" && <h3>{heading}</h3>}
          <NetworkBreakdown plan={view} />
        </Fragment>
      ))}
    </Section>
  );
}

/** One network's breakdown: with cluster networks, each network's lines under its own heading. */
function NetworkBreakdown({ plan }: { plan: Plan }) {
  const grouped = groupBreakdown(plan);
  return (
    <>
      <ol>
        {[...grouped.totals, ...grouped.shared].map((line) => (
          <li key={line.id}>{line.text}</li>
        ))}
      </ol>
      {grouped.clusters.length > 0 && (
        <table>
          <caption>IP addresses per workload cluster (API server VIPs are counted above, one per cluster)</caption>
          <thead>
            <tr>
              <th scope="col">Workload cluster</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column.heading}>
                  {column.heading}
                </th>
              ))}
              <th scope="col">Addresses</th>
            </tr>
          </thead>
          <tbody>
            {grouped.clusters.map((group) => (
              <tr key={group.index}>
                <th scope="row">{group.title}</th>
                {COLUMNS.map((column) => (
                  <td key={column.heading}>{formatCount(countOf(group, column.counts))}</td>
                ))}
                <td>{formatCount(group.subtotal.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function countOf(group: ClusterGroup, counts: (line: BreakdownLine) => boolean): number {
  return group.lines.reduce((sum, line) => (counts(line) ? sum + line.count : sum), 0);
}
