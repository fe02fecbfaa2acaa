import { useId, useState } from "react";
import Button from "@mui/material/Button";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import type { AddressMapSegment } from "../planning/plan";
import { formatIpv4 } from "../planning/ipv4-format";
import { formatCount, segmentPurpose } from "./format";

export interface AddressMapTableProps {
  segments: readonly AddressMapSegment[];
  /** "Address map of 10.0.0.0/24" */
  caption: string;
}

/** A /8 plan can hold a thousand segments: the first rows show at once, the rest on request. */
const ROWS_SHOWN_FIRST = 100;

/** The address map as text: the picture's alternative for screen readers, and exact figures for everyone. */
export function AddressMapTable({ segments, caption }: AddressMapTableProps) {
  const [showAll, setShowAll] = useState(false);
  const captionId = useId();
  const shown = showAll ? segments : segments.slice(0, ROWS_SHOWN_FIRST);
  return (
    <>
      {/* Scrolls sideways on a phone instead of the page; focusable so keyboard users can scroll it too. */}
      <TableContainer tabIndex={0} role="region" aria-labelledby={captionId} sx={{ overflowX: "auto", maxWidth: "100%" }}>
        <Table
          size="small"
          sx={{
            "& caption": { captionSide: "top", typography: "subtitle2", color: "text.primary", px: 0, pt: 0 },
            "& th, & td": { px: { xs: 1, sm: 2 } },
            "& td": { whiteSpace: "nowrap" },
          }}
        >
          <caption id={captionId}>{caption}</caption>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">Purpose</TableCell>
              <TableCell component="th" scope="col">Start</TableCell>
              <TableCell component="th" scope="col">End</TableCell>
              <TableCell component="th" scope="col" align="right">
                Size
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((segment) => (
              <TableRow key={segment.range.start}>
                <TableCell component="th" scope="row">
                  {segmentPurpose(segment)}
                </TableCell>
                <TableCell>{formatIpv4(segment.range.start)}</TableCell>
                <TableCell>{formatIpv4(segment.range.end)}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                  {formatCount(segment.size)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {/* One button that toggles, so keyboard focus stays where it was. */}
      {segments.length > ROWS_SHOWN_FIRST && (
        <Button onClick={() => setShowAll(!showAll)} sx={{ mt: 1 }}>
          {showAll ? `Show the first ${ROWS_SHOWN_FIRST} rows` : `Show all ${formatCount(segments.length)} rows`}
        </Button>
      )}
    </>
  );
}
