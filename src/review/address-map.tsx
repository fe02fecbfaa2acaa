import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import Box from "@mui/material/Box";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { useTheme, type Theme } from "@mui/material/styles";
import type { AddressMapKind, AddressMapSegment, Plan } from "../planning/plan";
import { formatCidr } from "../planning/ipv4-format";
import { AddressMapTable } from "./address-map-table";
import { formatAddresses, formatRange, segmentPurpose } from "./format";

export interface AddressMapProps {
  plan: Plan;
}

/** Small ranges are drawn merged beyond this many pieces, so a /8 with a thousand ranges stays one line. */
const MAX_PIECES = 100;

type PieceKind = AddressMapKind | "merged";

/** One box of the bar: a segment, or several small neighbours drawn together. */
interface Piece {
  kind: PieceKind;
  /** Flex weight: the address count drawn, proportional to width. */
  weight: number;
  /** The exact figures shown on hover and focus. */
  details: string;
  key: number;
  /** The one segment drawn, when the piece is not several merged. */
  segment?: AddressMapSegment;
}

const KIND_NAMES: Record<PieceKind, string> = {
  network: "Network address",
  broadcast: "Broadcast address",
  gateway: "Gateway",
  dns: "DNS server",
  "cloud-service": "Cloud service IP",
  "node-pool": "Kubernetes node VM pool",
  "vip-pool": "Virtual IP pool",
  "dhcp-scope": "DHCP scope",
  free: "Free",
  merged: "Several small ranges (see the table)",
};

const KIND_ORDER: readonly PieceKind[] = ["network", "gateway", "dns", "cloud-service", "node-pool", "vip-pool", "dhcp-scope", "free", "merged", "broadcast"];

/**
 * The theme's CSS variables, not its palette object: the palette holds the light scheme's values
 * whichever scheme is on screen, the variables follow the scheme (free space is the paper colour).
 */
function kindFill(theme: Theme, kind: PieceKind): string {
  const palette = theme.vars?.palette ?? theme.palette;
  const edge = palette.text.secondary;
  const fills: Record<PieceKind, string> = {
    network: edge,
    broadcast: edge,
    gateway: palette.warning.main,
    dns: palette.info.main,
    "cloud-service": palette.error.main,
    "node-pool": palette.primary.main,
    "vip-pool": palette.secondary.main,
    "dhcp-scope": palette.success.main,
    free: palette.background.paper,
    merged: `repeating-linear-gradient(45deg, ${edge} 0 2px, ${palette.background.paper} 2px 5px)`,
  };
  return fills[kind];
}

function describeSegment(segment: AddressMapSegment): string {
  return `${segmentPurpose(segment)}: ${formatRange(segment.range)} (${formatAddresses(segment.size)})`;
}

/**
 * Segments as bar pieces. Past MAX_PIECES, runs of segments each smaller than 1/MAX_PIECES of the
 * subnet are drawn as one piece (exact figures stay in the table), so the bar never holds more
 * than about twice MAX_PIECES boxes.
 */
function toPieces(segments: readonly AddressMapSegment[]): Piece[] {
  const single = (segment: AddressMapSegment): Piece => ({
    kind: segment.kind,
    weight: segment.size,
    details: describeSegment(segment),
    key: segment.range.start,
    segment,
  });
  if (segments.length <= MAX_PIECES) return segments.map(single);
  const span = segments.reduce((sum, segment) => sum + segment.size, 0);
  const threshold = span / MAX_PIECES;
  const pieces: Piece[] = [];
  let pending: AddressMapSegment[] = [];
  let pendingWeight = 0;
  const flush = () => {
    const [first] = pending;
    const last = pending.at(-1);
    if (first && last) {
      pieces.push(
        pending.length === 1
          ? single(first)
          : {
              kind: "merged",
              weight: pendingWeight,
              details: `${pending.length} small ranges, ${formatRange({ start: first.range.start, end: last.range.end })}: the table lists each`,
              key: first.range.start,
            },
      );
    }
    pending = [];
    pendingWeight = 0;
  };
  for (const segment of segments) {
    if (segment.size >= threshold) {
      flush();
      pieces.push(single(segment));
      continue;
    }
    pending.push(segment);
    pendingWeight += segment.size;
    if (pendingWeight >= threshold) flush();
  }
  flush();
  return pieces;
}

function missingPrefixMessage(prefix: string): string {
  return prefix.trim() === ""
    ? "Enter an address prefix to see the address map."
    : "The address prefix is not a valid IPv4 prefix yet: fix it (see the error at Address prefix) to see the address map.";
}

/** The subnet from network to broadcast address: a proportional bar, its legend and the table behind it. */
export function AddressMap({ plan }: AddressMapProps) {
  const segments = plan.addressMap;
  const subnet = plan.ranges.subnet;
  if (!subnet || segments.length === 0) return <Typography>{missingPrefixMessage(plan.input.vnet.addressPrefix)}</Typography>;
  const caption = `Address map of ${formatCidr(subnet.start, subnet.prefix)}`;
  return (
    <Box sx={{ display: "grid", gap: 2, minWidth: 0 }}>
      <AddressBar segments={segments} caption={caption} />
      <AddressMapTable segments={segments} caption={caption} />
    </Box>
  );
}

export interface AddressBarProps {
  segments: readonly AddressMapSegment[];
  caption: string;
  /**
   * Makes the bar a picture for the mouse beside a list of the free blocks as buttons: a click on a
   * free range picks it. It then leaves the tab order and the accessibility tree (and shows no
   * legend) to that list, whose buttons are the way in for keyboards and screen readers.
   */
  onPickFree?: ((segment: AddressMapSegment, anchor: HTMLElement) => void) | undefined;
}

/** One tab stop; arrow keys move between pieces (roving tabindex), each showing its figures. */
export function AddressBar({ segments, caption, onPickFree }: AddressBarProps) {
  const theme = useTheme();
  const pieces = useMemo(() => toPieces(segments), [segments]);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const current = Math.min(active, pieces.length - 1);
  const kinds = KIND_ORDER.filter((kind) => pieces.some((piece) => piece.kind === kind));

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, pieces.length - 1));
    setActive(next);
    listRef.current?.querySelectorAll<HTMLElement>(":scope > li").item(next)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: pieces.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <Box>
      <Box
        component="ul"
        ref={listRef}
        aria-label={onPickFree ? undefined : `${caption}, from network to broadcast address: arrow keys move between ranges; the table below lists them all`}
        aria-hidden={onPickFree ? true : undefined}
        onKeyDown={onPickFree ? undefined : onKeyDown}
        sx={{
          display: "flex",
          gap: "1px",
          listStyle: "none",
          m: 0,
          p: 0,
          height: 40,
          "& > li": {
            minWidth: 3,
            flexBasis: 0,
            flexShrink: 1,
            border: 1,
            borderColor: "divider",
            borderRadius: 0.5,
          },
          "& > li:focus-visible": { outline: `3px solid ${(theme.vars ?? theme).palette.text.primary}`, outlineOffset: 2, zIndex: 1 },
        }}
      >
        {pieces.map((piece, index) => {
          const style = { flexGrow: piece.weight, background: kindFill(theme, piece.kind) };
          if (onPickFree) {
            // A plain title: a tooltip would name the piece after a field ("Gateway ...") in the accessibility tree.
            const free = piece.segment?.kind === "free" ? piece.segment : undefined;
            return (
              <li
                key={piece.key}
                title={piece.details}
                onClick={free ? (event) => onPickFree(free, event.currentTarget) : undefined}
                style={{ ...style, cursor: free ? "pointer" : undefined }}
              />
            );
          }
          return (
            <Tooltip key={piece.key} title={piece.details} arrow>
              <li tabIndex={index === current ? 0 : -1} onFocus={() => setActive(index)} style={style} />
            </Tooltip>
          );
        })}
      </Box>
      {!onPickFree && (
        <Box component="ul" aria-label="Legend" sx={{ display: "flex", flexWrap: "wrap", gap: 2, listStyle: "none", m: 0, mt: 1.5, p: 0 }}>
          {kinds.map((kind) => (
            <Typography component="li" variant="body2" key={kind} sx={{ display: "flex", alignItems: "center", gap: 0.75 }}>
              <Box component="span" aria-hidden sx={{ width: 14, height: 14, border: 1, borderColor: "divider", borderRadius: 0.5 }} style={{ background: kindFill(theme, kind) }} />
              {KIND_NAMES[kind]}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
