import Box from "@mui/material/Box";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { ArcPlan, PoolSummary } from "../planning/aks-arc/arc-plan";
import { AKS_ARC_PROFILE } from "../planning/aks-arc/arc-profile";
import { ARC_DNS_REQUIREMENT, ARC_PORTS } from "../planning/aks-arc/arc-rules";
import { addressCount } from "../planning/checks-shared";
import { formatIpv4 } from "../planning/ipv4-format";
import type { SizedRange } from "../planning/plan";
import { formatCount } from "../planning/wording";

/** The headline figures: "16 in the IP pool", "3 for load balancers", "19 in all". */
export function ArcTotals({ plan }: { plan: ArcPlan }) {
  return (
    <Box component="dl" aria-label="Totals" sx={{ display: "flex", flexWrap: "wrap", gap: 3, m: 0 }}>
      {AKS_ARC_PROFILE.totals(plan).map((total) => (
        // The figure shows above its words, but the list reads words first, as a <dl> wants.
        <Box key={total.id} sx={{ m: 0, display: "flex", flexDirection: "column-reverse" }}>
          <Typography component="dt" sx={{ color: "text.secondary" }}>
            {total.label}
          </Typography>
          <Typography component="dd" variant="h4" sx={{ m: 0, fontWeight: 600 }}>
            {formatCount(total.count)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Every line of the breakdown, in the vendor's order. */
export function ArcBreakdown({ plan }: { plan: ArcPlan }) {
  return (
    <Box component="ul" aria-label="IP addresses to reserve" sx={{ m: 0, pl: 2.5, display: "grid", gap: 0.5 }}>
      {plan.breakdown.map((line) => (
        <Typography component="li" key={line.id} sx={{ fontWeight: line.side === "summary" ? 600 : 400 }}>
          {line.text}
        </Typography>
      ))}
    </Box>
  );
}

export function rangeLabel(range: SizedRange): string {
  return `${formatIpv4(range.start)}-${formatIpv4(range.end)} (${addressCount(range.size)})`;
}

function typedText(pool: PoolSummary): string {
  return pool.typed.length === 0 ? "none" : pool.typed.map(rangeLabel).join(", ");
}

/** Each pool: what it must hold, what was entered, what the planner suggests. */
export function ArcPoolsTable({ plan }: { plan: ArcPlan }) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label="Pools: what each needs, what was entered, what is suggested">
      <Table size="small">
        <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 8px" }}>Pools: what each must hold, what you entered, what the planner suggests.</caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">Pool</TableCell>
            <TableCell scope="col">Needs</TableCell>
            <TableCell scope="col">Entered</TableCell>
            <TableCell scope="col">Suggested</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.pools.map((pool) => (
            <TableRow key={pool.id}>
              <TableCell component="th" scope="row">
                {pool.label}
              </TableCell>
              <TableCell>{pool.need}</TableCell>
              <TableCell>{typedText(pool)}</TableCell>
              <TableCell>{pool.suggested === null ? "-" : rangeLabel(pool.suggested)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export const ARC_PORTS_HEADING = "Ports to open when the management and AKS networks are on different VLANs";

/** The ports between VLANs and the DNS requirement of AKS Arc. */
export function ArcNetworkRequirements() {
  return (
    <>
      <TableContainer tabIndex={0} role="region" aria-label={ARC_PORTS_HEADING}>
        <Table size="small">
          <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 8px" }}>{ARC_PORTS_HEADING} (TCP).</caption>
          <TableHead>
            <TableRow>
              <TableCell scope="col">Port</TableCell>
              <TableCell scope="col">From</TableCell>
              <TableCell scope="col">To</TableCell>
              <TableCell scope="col">Purpose</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ARC_PORTS.map((port) => (
              <TableRow key={port.port}>
                <TableCell component="th" scope="row">
                  {port.port}
                </TableCell>
                <TableCell>{port.from}</TableCell>
                <TableCell>{port.to}</TableCell>
                <TableCell>{port.purpose}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography sx={{ mt: 2 }}>
        <strong>DNS:</strong> {ARC_DNS_REQUIREMENT}
      </Typography>
    </>
  );
}
