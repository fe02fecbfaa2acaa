import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { AddressMapKind, Plan } from "../planning/plan";
import { formatAddresses, formatCount, formatPrefix } from "./format";

export interface SplitCardProps {
  plan: Plan;
  /** Heading level of each pool's card; the review puts them under its own h2. */
  headingLevel?: "h3" | "h4";
}

/** How the total divides between the pools of the chosen model, beside the ranges the admin typed. */
export function SplitCard({ plan, headingLevel = "h3" }: SplitCardProps) {
  const { split } = plan;
  const { vnet } = plan.input;
  if (split.model === "static") {
    return (
      <Cards>
        <PoolCard title="Virtual IP pool" headingLevel={headingLevel} typed={[vnet.vipPoolStart, vnet.vipPoolEnd]} plan={plan} kind="vip-pool">
          {formatAddresses(split.vipPoolSize)} for the Kubernetes cluster API servers and services.
        </PoolCard>
        <PoolCard
          title="Kubernetes node VM pool"
          headingLevel={headingLevel}
          typed={[vnet.k8sNodeIpPoolStart, vnet.k8sNodeIpPoolEnd]}
          plan={plan}
          kind="node-pool"
        >
          {formatAddresses(split.nodePoolSize)} for the Kubernetes nodes, the load balancer VMs and update operations.
        </PoolCard>
      </Cards>
    );
  }
  return (
    <Cards>
      <PoolCard title="DHCP server" headingLevel={headingLevel} plan={plan}>
        Reserve {formatAddresses(split.reserve)}
        {split.reservePrefix === null ? " (more than a /8 holds)" : ` (a ${formatPrefix(split.reservePrefix)})`} on the DHCP server.
      </PoolCard>
      <PoolCard title="Virtual IP pool" headingLevel={headingLevel} typed={[vnet.vipPoolStart, vnet.vipPoolEnd]} plan={plan} kind="vip-pool">
        Exclude {formatAddresses(split.exclude)} from the DHCP scope for the virtual IP pool.
      </PoolCard>
      <PoolCard title="DHCP scope" headingLevel={headingLevel} typed={[vnet.dhcpScopeStart, vnet.dhcpScopeEnd]} plan={plan} kind="dhcp-scope">
        The scope must keep at least {formatCount(split.minimumFreeLeases)} free {split.minimumFreeLeases === 1 ? "lease" : "leases"} for
        the Kubernetes nodes, the load balancer VMs and update operations.
      </PoolCard>
    </Cards>
  );
}

function Cards({ children }: { children: ReactNode }) {
  return <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "repeat(auto-fit, minmax(14rem, 1fr))" } }}>{children}</Box>;
}

interface PoolCardProps {
  title: string;
  headingLevel: "h3" | "h4";
  plan: Plan;
  children: ReactNode;
  /** The start and end the admin typed, when the card is about a range. */
  typed?: [string, string];
  /** The address map kind that holds the typed range, for its size. */
  kind?: AddressMapKind;
}

function PoolCard({ title, headingLevel, plan, children, typed, kind }: PoolCardProps) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component={headingLevel} sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography>{children}</Typography>
      {typed && kind && <TypedRange typed={typed} kind={kind} plan={plan} />}
    </Paper>
  );
}

/** The range as typed, and its size from the address map when the map shows it as one piece. */
function TypedRange({ typed: [start, end], kind, plan }: { typed: [string, string]; kind: AddressMapKind; plan: Plan }) {
  if (start.trim() === "" || end.trim() === "") {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        No range entered yet.
      </Typography>
    );
  }
  const pieces = plan.addressMap.filter((segment) => segment.kind === kind);
  const [only] = pieces;
  let size = "";
  if (pieces.length === 1 && only) size = `: ${formatAddresses(only.size)} inside the address prefix`;
  else if (pieces.length > 1) size = ": split by other addresses, see the address map";
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
      Your range {start.trim()} – {end.trim()}
      {size}
    </Typography>
  );
}
