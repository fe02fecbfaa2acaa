import { useId, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { UseFormReturn } from "react-hook-form";
import { formatCidr } from "../planning/ipv4-format";
import { freeBlocks, placePool, type Placement } from "../planning/place-pool";
import type { Plan, SizedRange } from "../planning/plan";
import { pool, poolsOf } from "../planning/pools";
import { DEFAULT_ROOM_PERCENT } from "../planning/suggest-ranges";
import { formatAddresses, formatCount } from "../planning/wording";
import { usePlan } from "../state/use-plan";
import { AddressBar } from "../review/address-map";
import { formatRange } from "../review/format";
import { planOfNetwork } from "../review/network-view";
import { usePoolFields, type VnetValues } from "./use-pool-fields";

/** A /8 can hold hundreds of free stretches: the first ones show, the rest on request. */
const BLOCKS_SHOWN_FIRST = 24;

interface Picked {
  block: SizedRange;
  anchor: HTMLElement;
}

/**
 * The address map as a tool: each free block of the prefix is a button; it opens "Place here" with
 * the model's pools, each laid from the block's first address at the size Suggest ranges gives it.
 * The pool's fields above take the range as if typed, so their checks run as usual.
 */
export function PlaceOnMapPanel({ form }: { form: UseFormReturn<VnetValues> }) {
  const plan = hostNetworkOf(usePlan());
  const { fill } = usePoolFields(form);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [status, setStatus] = useState("");
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const menuId = useId();
  const blocks = freeBlocks(plan);
  const subnet = plan.ranges.subnet;
  const shown = showAll ? blocks : blocks.slice(0, BLOCKS_SHOWN_FIRST);

  const place = (placement: Placement) => {
    setPicked(null);
    if (!placement.ok) {
      setStatus(placement.message);
      return;
    }
    fill([{ key: placement.pool, range: placement.range }]);
    setStatus(`Placed the ${pool(placement.pool).noun} at ${formatRange(placement.range)}. ${placement.text}.`);
  };

  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 500 }}>
        Place a pool on the address map
      </Typography>
      <Typography variant="body2" sx={{ color: "text.secondary", mb: 1 }}>
        {intro(plan)}
      </Typography>
      {subnet && blocks.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <AddressBar
            segments={plan.addressMap}
            caption={`Address map of ${formatCidr(subnet.start, subnet.prefix)}`}
            onPickFree={(segment, anchor) => setPicked({ block: { ...segment.range, size: segment.size }, anchor })}
          />
        </Box>
      )}
      {subnet && blocks.length > 0 && (
        <Box
          component="ul"
          aria-label={`Free blocks of ${formatCidr(subnet.start, subnet.prefix)}`}
          sx={{ display: "flex", flexWrap: "wrap", gap: 1, listStyle: "none", m: 0, p: 0 }}
        >
          {/* Keyed by position: after a placement the button in the same place keeps the focus. */}
          {shown.map((block, index) => (
            <li key={index}>
              <Button
                variant="outlined"
                size="small"
                aria-haspopup="menu"
                aria-expanded={isPicked(picked, block)}
                aria-controls={isPicked(picked, block) ? menuId : undefined}
                onClick={(event) => setPicked({ block, anchor: event.currentTarget })}
                sx={{ textTransform: "none", fontVariantNumeric: "tabular-nums" }}
              >
                {formatRange(block)} ({formatAddresses(block.size)})
              </Button>
            </li>
          ))}
        </Box>
      )}
      {blocks.length > BLOCKS_SHOWN_FIRST && (
        <Button onClick={() => setShowAll(!showAll)} sx={{ mt: 1 }}>
          {showAll ? `Show the first ${BLOCKS_SHOWN_FIRST} free blocks` : `Show all ${formatCount(blocks.length)} free blocks`}
        </Button>
      )}
      <PlaceMenu id={menuId} plan={plan} picked={picked} onPlace={place} onClose={() => setPicked(null)} />
      {/* Announced as it changes; not a second role "status" beside Suggest ranges' own on this step. */}
      <Typography aria-live="polite" aria-atomic="true" variant="body2" sx={{ mt: 1, minHeight: "1.5em" }}>
        {status}
      </Typography>
    </Paper>
  );
}

/** Blocks are rebuilt with every plan: the picked one is known by its ends. */
function isPicked(picked: Picked | null, block: SizedRange): boolean {
  return picked !== null && picked.block.start === block.start && picked.block.end === block.end;
}

function intro(plan: Plan): string {
  if (!plan.ranges.subnet) return "Enter the address prefix to see its free blocks.";
  if (freeBlocks(plan).length === 0) return "The address prefix has no free block left: every address is taken by a pool or a fixed address.";
  return `Pick a free block of the address prefix, then the pool to place there: it starts at the block's first address, sized like Suggest ranges (the need, plus the AKS host's own API server in the virtual IP pool, plus ${DEFAULT_ROOM_PERCENT}% room to grow), or the whole block when that is smaller but still enough. The pool's fields above follow.`;
}

interface PlaceMenuProps {
  id: string;
  plan: Plan;
  picked: Picked | null;
  onPlace: (placement: Placement) => void;
  onClose: () => void;
}

/** The AKS host's network, the one this step's fields hold: its own need and map when clusters have networks of their own. */
function hostNetworkOf(plan: Plan): Plan {
  const host = plan.networks[0];
  return host ? planOfNetwork(plan, host) : plan;
}

/** "Place here": each of the model's pools with the range it would get, or why it does not fit. */
function PlaceMenu({ id, plan, picked, onPlace, onClose }: PlaceMenuProps) {
  const options = picked ? poolsOf(plan.model).map((spec) => ({ spec, placement: placePool(plan, spec.id, picked.block) })) : [];
  return (
    <Menu
      id={id}
      anchorEl={picked?.anchor ?? null}
      open={picked !== null}
      onClose={onClose}
      // Rendered inside the step, so the open menu stays within the page's main landmark.
      disablePortal
      slotProps={{ list: { "aria-label": picked ? `Place here: ${formatRange(picked.block)}` : "Place here", disabledItemsFocusable: true } }}
    >
      {options.map(({ spec, placement }) => (
        <MenuItem key={spec.id} disabled={!placement.ok} onClick={() => onPlace(placement)}>
          <ListItemText
            primary={spec.label}
            secondary={placement.ok ? `${formatRange(placement.range)}, ${formatAddresses(placement.range.size)}` : placement.message}
            slotProps={{ secondary: { sx: { whiteSpace: "normal", maxWidth: 360 } } }}
          />
        </MenuItem>
      ))}
    </Menu>
  );
}
