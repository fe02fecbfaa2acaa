import Pagination from "@mui/material/Pagination";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { rangeLabel } from "./paging";
import type { Paging } from "./use-paging";

export interface ListPagerProps {
  paging: Paging;
  /** "Services": the range reads "Services 26–50 of 1,000". */
  noun: string;
  /** The navigation's accessible name, e.g. "Service pages". */
  label: string;
}

/**
 * Where the shown rows sit in a long list, and buttons to other pages. It sits above the rows: Tab
 * from a page button goes on into that page's first row, and the range is a status a screen reader
 * reads out when the page changes. Nothing shows while the list fits on one page.
 */
export function ListPager({ paging, noun, label }: ListPagerProps) {
  if (paging.pages <= 1) return null;
  return (
    <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ alignItems: { sm: "center" }, justifyContent: "space-between" }}>
      <Typography role="status" sx={{ fontWeight: 500 }}>
        {rangeLabel(noun, paging.bounds, paging.total)}
      </Typography>
      <Pagination
        aria-label={label}
        count={paging.pages}
        page={paging.page + 1}
        onChange={(_, page) => paging.setPage(page - 1)}
        showFirstButton
        showLastButton
        siblingCount={1}
      />
    </Stack>
  );
}
