import { useCallback, useEffect, useState } from "react";
import { onFieldRequest, pendingFieldPath } from "./field-focus";
import { clampPage, firstRowIndex, pageBounds, pageCount, pageOfIndex, rowIndexOfPath, type PageBounds } from "./paging";

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

function pageOfPath(path: string | null, list: string): number | null {
  const row = path === null ? null : rowIndexOfPath(path, list);
  return row === null ? null : pageOfIndex(row);
}

/**
 * One page of a long list (the form field `list`) at a time; the page follows the list's length as
 * rows come and go, and opens on the row of a field a finding's link asks for.
 */
export function usePaging(list: string, total: number): Paging {
  const [wanted, setPage] = useState(() => pageOfPath(pendingFieldPath(), list) ?? 0);
  useEffect(
    () =>
      onFieldRequest((path) => {
        const page = pageOfPath(path, list);
        if (page !== null) setPage(page);
      }),
    [list],
  );
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
