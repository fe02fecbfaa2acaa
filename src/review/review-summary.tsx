import { useId, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { planFindings } from "../planning/findings";
import type { AddressRange, NetworkPlan, Plan } from "../planning/plan";
import { AddressMap } from "./address-map";
import { BreakdownGroups } from "./breakdown-groups";
import { formatFindingCounts, formatPrefix, formatRange, incompleteNote, planFigure, sideLabels } from "./format";
import { IssueList } from "./issue-list";
import { NetworkAddressMaps } from "./network-address-maps";
import { networkTitle, planOfNetwork } from "./network-view";
import { SplitCard } from "./split-card";

export interface ReviewSummaryProps {
  plan: Plan;
}

const NOTICE =
  "Network settings cannot be changed after the AKS host or a workload cluster is deployed; changing them means removing the clusters and uninstalling AKS on Azure Stack HCI and Windows Server.";

/** The review step's body: every figure of the plan, its findings, and what cannot be undone. */
export function ReviewSummary({ plan }: ReviewSummaryProps) {
  if (plan.networks.length > 1) return <SeveralNetworks plan={plan} />;
  const modelName = plan.model === "static" ? "static IP" : "DHCP";
  return (
    <Box sx={{ display: "grid", gap: 4, minWidth: 0 }}>
      {/* A standing notice, not an event: role "note" keeps screen readers from announcing it as an alert. */}
      <Alert severity="warning" role="note">
        {NOTICE}
      </Alert>
      <IncompleteNote plan={plan} />
      {/* The totals are in the plan summary beside this step (at the foot of the screen on a phone): not repeated here. */}
      <Section title={`Split for the ${modelName} model`}>
        <Typography sx={{ mb: 2 }}>Your address prefix: {chosenPrefixText(plan)}.</Typography>
        <SplitCard plan={plan} />
      </Section>
      <Section title={`Errors and warnings (${issueCounts(plan)})`}>
        <IssueList findings={planFindings(plan)} input={plan.input} />
      </Section>
      <Section title="Itemised breakdown">
        <BreakdownGroups plan={plan} />
      </Section>
      <Section title="Recommendations">
        <Recommendations plan={plan} />
      </Section>
      <Section title="Suggested ranges">
        <Suggestions plan={plan} />
      </Section>
      <Section title="Address map">
        <AddressMap plan={plan} />
      </Section>
    </Box>
  );
}

/**
 * A plan with cluster networks: the whole deployment's totals and findings, then each network with
 * its own figures, split, breakdown and suggestions, and one address map that switches between them.
 */
function SeveralNetworks({ plan }: ReviewSummaryProps) {
  return (
    <Box sx={{ display: "grid", gap: 4, minWidth: 0 }}>
      <Alert severity="warning" role="note">
        {NOTICE}
      </Alert>
      <Section title={`Totals over ${plan.networks.length} virtual networks`}>
        <IncompleteNote plan={plan} />
        <Totals plan={plan} whole />
      </Section>
      <Section title={`Errors and warnings (${issueCounts(plan)})`}>
        <IssueList findings={planFindings(plan)} input={plan.input} />
      </Section>
      {plan.networks.map((network) => (
        <NetworkSection key={network.path} plan={plan} network={network} />
      ))}
      <Section title="Recommendations">
        <Recommendations plan={plan} />
      </Section>
      <Section title="Address map">
        <NetworkAddressMaps plan={plan} />
      </Section>
    </Box>
  );
}

function NetworkSection({ plan, network }: { plan: Plan; network: NetworkPlan }) {
  const view = planOfNetwork(plan, network);
  return (
    <Section title={networkTitle(plan, network)}>
      <Box sx={{ display: "grid", gap: 2 }}>
        <Totals plan={view} />
        <SplitCard plan={view} headingLevel="h3" />
        <BreakdownGroups plan={view} />
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          Suggested ranges
        </Typography>
        <Suggestions plan={view} />
      </Box>
    </Section>
  );
}

function Recommendations({ plan }: ReviewSummaryProps) {
  return (
    <>
      <Typography color="text.secondary" gutterBottom>
        Not part of the minimum above: worth reserving for the reasons given.
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3, display: "grid", gap: 1 }}>
        {plan.recommendations.map((recommendation) => (
          <li key={recommendation.id}>
            <Typography>{recommendation.text}</Typography>
            <Typography variant="body2" color="text.secondary">
              Why: {recommendation.reason}
            </Typography>
          </li>
        ))}
      </Box>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ minWidth: 0 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function IncompleteNote({ plan }: ReviewSummaryProps) {
  const note = incompleteNote(plan);
  if (note === null) return null;
  return (
    <Alert severity="error" role="note">
      {note}
    </Alert>
  );
}

function issueCounts(plan: Plan): string {
  return formatFindingCounts(planFindings(plan));
}

const prefixText = (prefix: number | null) => (prefix === null ? "more than a /8 holds" : formatPrefix(prefix));

/** `whole`: the deployment's sums over several networks, whose subnets each network's own figures give. */
function Totals({ plan, whole = false }: ReviewSummaryProps & { whole?: boolean }) {
  const sides = sideLabels(plan.model);
  const subnetRows: Array<[string, string]> = whole
    ? []
    : [
        ["Minimum subnet", prefixText(plan.subnet.minimumPrefix)],
        ["Recommended subnet", prefixText(plan.subnet.recommendedPrefix)],
        ["Your address prefix", chosenPrefixText(plan)],
      ];
  const rows: Array<[string, string]> = [
    ["Total IP addresses", planFigure(plan, plan.need.total)],
    ...(plan.reserve.total > 0
      ? ([
          ["Minimum without growth reserve", planFigure(plan, plan.minimum.total)],
          ["Growth reserve", planFigure(plan, plan.reserve.total)],
        ] satisfies Array<[string, string]>)
      : []),
    [sides.node, planFigure(plan, plan.need.node)],
    [sides.vip, planFigure(plan, plan.need.vip)],
    ...subnetRows,
  ];
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: "grid",
        // Side by side where there is room; on a phone each figure goes under its term.
        gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "max-content minmax(0, 1fr)" },
        columnGap: 3,
        rowGap: { xs: 0, sm: 0.75 },
        "& dt": { color: "text.secondary" },
        "& dd": { m: 0, mb: { xs: 1, sm: 0 }, fontWeight: 500, fontVariantNumeric: "tabular-nums" },
      }}
    >
      {rows.map(([term, value]) => (
        <Box key={term} sx={{ display: "contents" }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Box>
      ))}
    </Box>
  );
}

/** Whether the admin's prefix holds the total, and how it compares with the doc's /24. */
function chosenPrefixText({ subnet }: Plan): string {
  const { chosenPrefix, minimumPrefix, recommendedPrefix } = subnet;
  if (chosenPrefix === null) return "not entered yet";
  const chosen = formatPrefix(chosenPrefix);
  if (minimumPrefix === null) return `${chosen}: too small, no subnet holds this plan`;
  if (chosenPrefix > minimumPrefix) return `${chosen}: too small, use a ${formatPrefix(minimumPrefix)} or larger`;
  if (recommendedPrefix !== null && chosenPrefix > recommendedPrefix) {
    return `${chosen}: holds the total, smaller than the recommended ${formatPrefix(recommendedPrefix)}`;
  }
  return `${chosen}: holds the total`;
}

function Suggestions({ plan }: ReviewSummaryProps) {
  const { nodePool, vipPool, dhcpScope, roomText, reason } = plan.suggestions;
  const ranges: Array<[string, AddressRange | null]> =
    plan.model === "static"
      ? [
          ["Kubernetes node VM pool", nodePool],
          ["Virtual IP pool", vipPool],
        ]
      : [
          ["Virtual IP pool (exclude it from the DHCP scope)", vipPool],
          ["DHCP scope", dhcpScope],
        ];
  const found = ranges.filter((entry): entry is [string, AddressRange] => entry[1] !== null);
  return (
    <>
      {found.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {found.map(([name, range]) => (
            <li key={name}>
              <Typography>
                {name}: {formatRange(range)}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      {roomText !== null && <Typography color="text.secondary">{roomText}</Typography>}
      {reason !== null && <Typography color="text.secondary">{reason}</Typography>}
    </>
  );
}
