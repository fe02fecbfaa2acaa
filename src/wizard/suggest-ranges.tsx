import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import AutoFixHighIcon from "@mui/icons-material/AutoFixHigh";
import type { UseFormReturn } from "react-hook-form";
import type { Plan, SuggestedRanges } from "../planning/plan";
import { DEFAULT_ROOM_PERCENT, suggestForNetwork } from "../planning/suggest-ranges";
import type { NetworkModel } from "../planning/plan-input-schema";
import { pool, poolsOf } from "../planning/pools";
import { usePlan } from "../state/use-plan";
import { formatRange } from "../review/format";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { usePoolFields, type PoolRange as Offer, type VnetValues } from "./use-pool-fields";
import { formatCount } from "../planning/wording";

function offersOf(model: NetworkModel, suggestions: SuggestedRanges): Offer[] {
  return poolsOf(model).flatMap(({ id: key }) => {
    const range = suggestions[key];
    return range ? [{ key, range }] : [];
  });
}

function joinLabels(offers: readonly Offer[]): string {
  return offers.map((offer) => `the ${pool(offer.key).label} (${formatRange(offer.range)})`).join(" and ");
}

const MAX_ROOM_PERCENT = 1_000;
const ROOM_ERROR = `Enter a whole percent from 0 to ${formatCount(MAX_ROOM_PERCENT)}, e.g. ${DEFAULT_ROOM_PERCENT}`;

/** The room as typed: a whole percent from 0 to 1,000, else null (the field then says so). */
function parseRoom(text: string): number | null {
  if (!/^\d{1,4}$/.test(text.trim())) return null;
  const percent = Number(text);
  return percent <= MAX_ROOM_PERCENT ? percent : null;
}

/** The plan's own suggestion at the default room; the same planner function at the admin's. */
function suggestionsFor(plan: Plan, percent: number): SuggestedRanges {
  const host = plan.networks[0];
  return percent === DEFAULT_ROOM_PERCENT || host === undefined ? plan.suggestions : suggestForNetwork(plan, host, percent);
}

/**
 * "Suggest ranges": fills the model's pools with the planner's proposal. Empty pools are filled at
 * once; a pool the admin typed is only replaced after asking.
 */
export function SuggestRangesPanel({ form }: { form: UseFormReturn<VnetValues> }) {
  const plan = usePlan();
  const { fill: fillFields, typed: typedRange } = usePoolFields(form);
  const [pending, setPending] = useState<Offer[] | null>(null);
  const [status, setStatus] = useState("");
  const [roomText, setRoomText] = useState(String(DEFAULT_ROOM_PERCENT));
  const room = parseRoom(roomText);
  const suggestions = suggestionsFor(plan, room ?? DEFAULT_ROOM_PERCENT);
  const offers = room === null ? [] : offersOf(plan.model, suggestions);

  const fill = (chosen: readonly Offer[]) => {
    fillFields(chosen);
    setPending(null);
    setStatus(chosen.length > 0 ? `Filled ${joinLabels(chosen)}.` : "Nothing changed.");
  };

  const suggest = () => {
    if (offers.length === 0) {
      setStatus(room === null ? ROOM_ERROR : (suggestions.reason ?? "No ranges to suggest yet."));
      return;
    }
    if (offers.some((offer) => typedRange(offer.key))) setPending(offers);
    else fill(offers);
  };

  const emptyOnly = pending?.filter((offer) => !typedRange(offer.key)) ?? [];

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 500 }}>
        Suggested ranges
      </Typography>
      <Typography variant="body2" sx={{ color: "text.secondary", mb: 1 }}>
        Continuous ranges from the free space of the address prefix, skipping the gateway, DNS servers and cloud service IP, sized for the
        clusters, services and growth reserve in this plan: add those first, or come back here after. Each pool gets room to grow on top
        (pools cannot be enlarged after deployment), and the virtual IP pool one more address for the AKS host&apos;s own API server, so the
        ranges pass every pool check as offered. Typed ranges are never replaced without asking.
      </Typography>
      <TextField
        label="Room to grow (%)"
        value={roomText}
        onChange={(event) => setRoomText(event.target.value)}
        error={room === null}
        helperText={room === null ? ROOM_ERROR : "Added to each pool's need, rounded up, at least 1 address; 0 sizes the node VM pool at exactly its need (a warning)."}
        slotProps={{ htmlInput: { inputMode: "numeric" } }}
        size="small"
        sx={{ my: 1, maxWidth: 360 }}
        fullWidth
      />
      {offers.length > 0 && (
        <Box component="ul" sx={{ mt: 0, pl: 2.5 }}>
          {offers.map((offer) => (
            <li key={offer.key}>
              <Typography variant="body2">
                {pool(offer.key).label}: {formatRange(offer.range)}
              </Typography>
            </li>
          ))}
        </Box>
      )}
      {room !== null && suggestions.roomText && (
        <Typography variant="body2" sx={{ color: "text.secondary", mb: 1 }}>
          {suggestions.roomText}
        </Typography>
      )}
      {room !== null && suggestions.reason && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {suggestions.reason}
        </Alert>
      )}
      <Button variant="outlined" startIcon={<AutoFixHighIcon />} onClick={suggest}>
        Suggest ranges
      </Button>
      <Typography role="status" variant="body2" sx={{ mt: 1, minHeight: "1.5em" }}>
        {status}
      </Typography>
      <ConfirmDialog
        open={pending !== null}
        title="Replace the ranges you typed?"
        confirmLabel="Replace"
        onConfirm={() => fill(pending ?? [])}
        onCancel={() => setPending(null)}
        alternative={emptyOnly.length > 0 ? { label: "Fill empty pools only", onClick: () => fill(emptyOnly) } : undefined}
      >
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {(pending ?? []).map((offer) => (
            <li key={offer.key}>
              {pool(offer.key).label}: {typedRange(offer.key) ? "replace what you typed with" : "fill with"} {formatRange(offer.range)}
            </li>
          ))}
        </Box>
      </ConfirmDialog>
    </Paper>
  );
}
