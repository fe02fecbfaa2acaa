import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { Plan, SizedRange } from "../planning/plan";
import type { VirtualNetworkInput } from "../planning/plan-input-schema";
import { pool, type PoolId } from "../planning/pools";
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
        <PoolCard title={pool("vipPool").label} headingLevel={headingLevel} typed={typedRange(vnet, "vipPool")} range={plan.ranges.vipPool}>
          {formatAddresses(split.vipPoolSize)} for the Kubernetes cluster API servers and services.
        </PoolCard>
        <PoolCard
          title={pool("nodePool").label}
          headingLevel={headingLevel}
          typed={typedRange(vnet, "nodePool")}
          range={plan.ranges.nodePool}
        >
          {formatAddresses(split.nodePoolSize)} for the Kubernetes nodes, the load balancer VMs and update operations.
        </PoolCard>
      </Cards>
    );
  }
  return (
    <Cards>
      <PoolCard title="DHCP server" headingLevel={headingLevel}>
        Reserve {formatAddresses(split.reserve)}
        {split.reservePrefix === null ? " (more than a /8 holds)" : ` (a ${formatPrefix(split.reservePrefix)})`} on the DHCP server.
      </PoolCard>
      <PoolCard title={pool("vipPool").label} headingLevel={headingLevel} typed={typedRange(vnet, "vipPool")} range={plan.ranges.vipPool}>
        Exclude {formatAddresses(split.exclude)} from the DHCP scope for the virtual IP pool.
      </PoolCard>
      <PoolCard title={pool("dhcpScope").label} headingLevel={headingLevel} typed={typedRange(vnet, "dhcpScope")} range={plan.ranges.dhcpScope}>
        The scope must keep at least {formatCount(split.minimumFreeLeases)} free {split.minimumFreeLeases === 1 ? "lease" : "leases"} for
        the Kubernetes nodes, the load balancer VMs and update operations.
      </PoolCard>
    </Cards>
  );
}

function typedRange(vnet: VirtualNetworkInput, id: PoolId): [string, string] {
  const spec = pool(id);
  return [vnet[spec.startField], vnet[spec.endField]];
}

function Cards({ children }: { children: ReactNode }) {
  return <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "repeat(auto-fit, minmax(14rem, 1fr))" } }}>{children}</Box>;
}

interface PoolCardProps {
  title: string;
  headingLevel: "h3" | "h4";
  children: ReactNode;
  /** The start and end the admin typed, when the card is about a range. */
  typed?: [string, string];
  /** The typed range as the planner read it; null when it does not parse. */
  range?: SizedRange | null;
}

function PoolCard({ title, headingLevel, children, typed, range = null }: PoolCardProps) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component={headingLevel} sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography>{children}</Typography>
      {typed && <TypedRange typed={typed} range={range} />}
    </Paper>
  );
}

/** The range as typed, and its size as the planner read it. */
function TypedRange({ typed: [start, end], range }: { typed: [string, string]; range: SizedRange | null }) {
  if (start.trim() === "" || end.trim() === "") {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        No range entered yet.
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
      Your range {start.trim()} – {end.trim()}
      {range ? `: ${formatAddresses(range.size)}` : ": not a valid range yet, see the errors"}
    </Typography>
  );
}
