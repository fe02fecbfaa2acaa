import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { PoolSummary } from "../planning/aks-arc/arc-plan";
import { addressCount } from "../planning/checks-shared";
import { formatIpv4 } from "../planning/ipv4-format";

/** The planner's suggestion for a pool, with a button that enters it. */
export function SuggestedRange({ pool, reason, onUse }: { pool: PoolSummary; reason: string | null; onUse: (start: string, end: string) => void }) {
  const suggested = pool.suggested;
  if (suggested === null) {
    return pool.need > 0 && reason !== null ? <Typography variant="body2">{reason}</Typography> : null;
  }
  const [start, end] = [formatIpv4(suggested.start), formatIpv4(suggested.end)];
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
      <Typography variant="body2">
        Suggested for the {pool.label.toLowerCase()}: {start}-{end} ({addressCount(suggested.size)}).
      </Typography>
      <Button size="small" variant="outlined" onClick={() => onUse(start, end)}>
        Use {start}-{end}
      </Button>
    </Stack>
  );
}
