import { startTransition, useDeferredValue, useId, useMemo, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import { filterBreakdown, groupBreakdown, type ClusterGroup } from "../planning/breakdown-groups";
import type { AddressNeed, Plan } from "../planning/plan";
import { BreakdownLines } from "./breakdown-list";
import { formatAddresses, formatCount } from "./format";
import { plural } from "../planning/wording";

export interface BreakdownGroupsProps {
  plan: Plan;
}

/** Up to this many clusters in view open by themselves; more start closed, one line each. */
const OPEN_BY_THEMSELVES = 5;

/** A 1,000-cluster plan: the first groups show, the rest on request (the filter finds any of them). */
const GROUPS_SHOWN_FIRST = 100;

/**
 * The itemised breakdown for reading a plan of any length: the total and split first and always
 * shown, then the lines of no single cluster, then one collapsible group per workload cluster with
 * its subtotal, narrowed by a filter on cluster and service names.
 */
export function BreakdownGroups({ plan }: BreakdownGroupsProps) {
  const grouped = useMemo(() => groupBreakdown(plan), [plan]);
  const [query, setQuery] = useState("");
  // Typing stays responsive while a thousand groups filter behind it.
  const deferredQuery = useDeferredValue(query);
  const filtered = useMemo(() => filterBreakdown(grouped, deferredQuery), [grouped, deferredQuery]);
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? filtered.clusters : filtered.clusters.slice(0, GROUPS_SHOWN_FIRST);
  const openByDefault = filtered.clusters.length <= OPEN_BY_THEMSELVES;
  const isOpen = (group: ClusterGroup) => toggled.get(group.index) ?? openByDefault;
  const setAll = (open: boolean) => startTransition(() => setToggled(new Map(filtered.clusters.map((group) => [group.index, open]))));
  const filterId = useId();
  const filtering = deferredQuery.trim() !== "";

  return (
    <Box sx={{ display: "grid", gap: 3 }}>
      {/* Not a landmark: with cluster networks Review shows one of these per network. */}
      <div>
        <Typography id={`${filterId}-totals`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          Total and split
        </Typography>
        <BreakdownLines lines={grouped.totals} />
      </div>
      {grouped.clusters.length > 0 && (
        <Box sx={{ display: "grid", gap: 1 }}>
          <TextField
            id={filterId}
            label="Filter by cluster or service name"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            helperText="Shows the workload clusters whose name, or the name of one of their services, contains this text. The total and split above always show."
            size="small"
            sx={{ maxWidth: 480 }}
            fullWidth
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: "off" } }}
          />
          <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1 }}>
            <Typography role="status" variant="body2" sx={{ mr: "auto" }}>
              {filtering
                ? `${formatCount(filtered.clusters.length)} of ${plural(filtered.clusterCount, "workload cluster")} match "${deferredQuery.trim()}"`
                : `${plural(filtered.clusterCount, "workload cluster")}`}
            </Typography>
            <Button size="small" onClick={() => setAll(true)} disabled={filtered.clusters.length === 0}>
              Expand all
            </Button>
            <Button size="small" onClick={() => setAll(false)} disabled={filtered.clusters.length === 0}>
              Collapse all
            </Button>
          </Box>
        </Box>
      )}
      {filtered.showShared && grouped.shared.length > 0 && (
        <section aria-labelledby={`${filterId}-shared`}>
          <Typography id={`${filterId}-shared`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            AKS host and shared: {subtotalText(grouped.sharedSubtotal)}
          </Typography>
          <BreakdownLines lines={grouped.shared} />
        </section>
      )}
      {shown.length > 0 && (
        <Box component="ul" aria-label="Workload clusters" sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 0.5 }}>
          {shown.map((group) => (
            <ClusterGroupItem
              key={group.index}
              group={group}
              open={isOpen(group)}
              onToggle={() => setToggled((current) => new Map(current).set(group.index, !isOpen(group)))}
            />
          ))}
        </Box>
      )}
      {/* One toggling button keeps keyboard focus in place; the transition renders the groups in slices. */}
      {filtered.clusters.length > GROUPS_SHOWN_FIRST && (
        <Button onClick={() => startTransition(() => setShowAll(!showAll))} sx={{ justifySelf: "start" }}>
          {showAll ? `Show the first ${GROUPS_SHOWN_FIRST} workload clusters` : `Show all ${plural(filtered.clusters.length, "workload cluster")}`}
        </Button>
      )}
    </Box>
  );
}

interface ClusterGroupItemProps {
  group: ClusterGroup;
  open: boolean;
  onToggle: () => void;
}

/** The disclosure pattern: a heading holding a button that says whether its lines show. */
function ClusterGroupItem({ group, open, onToggle }: ClusterGroupItemProps) {
  const linesId = useId();
  return (
    <li>
      <Typography component="h4" variant="body1" sx={{ m: 0 }}>
        <Button
          aria-expanded={open}
          aria-controls={linesId}
          onClick={onToggle}
          color="inherit"
          startIcon={<ExpandMoreIcon sx={{ transform: open ? "none" : "rotate(-90deg)", transition: "transform 150ms" }} />}
          sx={{ textTransform: "none", justifyContent: "flex-start", textAlign: "left", width: "100%", fontWeight: 600 }}
        >
          {group.title}: {subtotalText(group.subtotal)}
        </Button>
      </Typography>
      <Box id={linesId} hidden={!open} sx={{ pl: { xs: 0, sm: 4 } }}>
        {open && <BreakdownLines lines={group.lines} />}
      </Box>
    </li>
  );
}

/** "15 addresses (13 for nodes, 2 virtual IPs)" */
function subtotalText({ node, vip, total }: AddressNeed): string {
  const parts = [node > 0 ? `${formatCount(node)} for nodes` : "", vip > 0 ? plural(vip, "virtual IP") : ""].filter(Boolean);
  return parts.length > 1 ? `${formatAddresses(total)} (${parts.join(", ")})` : formatAddresses(total);
}
