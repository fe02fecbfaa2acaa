import type { ReactNode } from "react";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";

export interface ListItemFieldsetProps {
  /** "Workload cluster 2": the group's accessible name, so each row's "Name" can be told apart. */
  legend: string;
  onRemove: () => void;
  children: ReactNode;
  variant?: "card" | "inset";
  /** The row's plan path ("clusters.2"): a finding about the row as a whole puts the focus here. */
  path?: string;
  /** The row's likely height in pixels, held for it while it is off screen (see below). */
  estimatedHeight?: number;
}

const ESTIMATED_HEIGHT = { card: 400, inset: 260 } as const;

/** The estimated height of a card holding `insetRows` inset rows (a cluster with its node pools). */
export function estimatedCardHeight(insetRows: number): number {
  return ESTIMATED_HEIGHT.card + insetRows * ESTIMATED_HEIGHT.inset;
}

/**
 * One row of a list (a cluster, a node pool, a service): a named group with its own Remove button.
 * The button sits outside the legend so the group's name stays just the legend.
 *
 * A row off screen is not laid out or painted (content-visibility: auto) but stays in the page, the
 * accessibility tree and find-in-page: a page of 25 clusters with 50 node pools each is 52,000
 * elements, and the paint preparation for them all took 133-143 ms after each keystroke (Chrome
 * trace). The browser keeps a row's last drawn height; the estimate only holds the place of a row
 * not drawn yet.
 */
export function ListItemFieldset({ legend, onRemove, children, variant = "card", path, estimatedHeight = ESTIMATED_HEIGHT[variant] }: ListItemFieldsetProps) {
  const label = `Remove ${legend.charAt(0).toLowerCase()}${legend.slice(1)}`;
  return (
    <Paper
      component="fieldset"
      variant="outlined"
      data-field-path={path}
      tabIndex={path === undefined ? undefined : -1}
      sx={{
        position: "relative",
        m: 0,
        p: 2,
        pt: 1.5,
        minWidth: 0,
        contentVisibility: "auto",
        containIntrinsicSize: `auto ${estimatedHeight}px`,
        ...(variant === "inset" ? { bgcolor: "action.hover", border: 0 } : {}),
      }}
    >
      <Typography component="legend" sx={{ float: "left", p: 0, mb: 2, pr: 6, fontWeight: 500 }}>
        {legend}
      </Typography>
      <IconButton aria-label={label} onClick={onRemove} size="small" sx={{ position: "absolute", top: 6, right: 6 }}>
        <DeleteIcon fontSize="small" />
      </IconButton>
      <Stack spacing={2} sx={{ clear: "both" }}>
        {children}
      </Stack>
    </Paper>
  );
}
