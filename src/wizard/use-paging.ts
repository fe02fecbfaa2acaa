import { useCallback, useState } from "react";
import { clampPage, firstRowIndex, pageBounds, pageCount, pageOfIndex, type PageBounds } from "./paging";

export interface Paging {
  /** The page shown, 0-based; still a page that exists after rows were removed. */
  page: number;
  pages: number;
  /** The rows the page shows. */
  bounds: PageBounds;
  total: number;
  setPage: (page: number) => void;
  /** Shows the page holding row `index`: a row just added. */
  showRow: (index: number) => void;
  /** Shows the page of the first row among these paths in error (Next found errors); no row among them, no change. */
  showFirstError: (errorPaths: readonly string[]) => void;
}

/** One page of a long list (the form field `list`) at a time; the page follows the list's length as rows come and go. */
export function usePaging(list: string, total: number): Paging {
  const [wanted, setPage] = useState(0);
  const showRow = useCallback((index: number) => setPage(pageOfIndex(index)), []);
  const showFirstError = useCallback(
    (errorPaths: readonly string[]) => {
      const row = firstRowIndex(errorPaths, list);
      if (row !== null) setPage(pageOfIndex(row));
    },
    [list],
  );
  const page = clampPage(wanted, total);
  return { page, pages: pageCount(total), bounds: pageBounds(page, total), total, setPage, showRow, showFirstError };
}
