import type * as Paging from "./paging";

/**
 * The paging module with pages of `size` rows, for DOM tests of a paged step (through `vi.mock`).
 * Each row is several MUI fields: in happy-dom a page of 25 costs about a second of CPU and a
 * busy machine stretches that ten-fold, while 5 rows exercise the same paging. The real page size
 * is tested in paging.test.ts and, in the browser, in e2e/large-plan.spec.ts.
 */
export function pagingWithPageSize(paging: typeof Paging, size: number): Omit<typeof Paging, "PAGE_SIZE"> & { PAGE_SIZE: number } {
  return {
    ...paging,
    PAGE_SIZE: size,
    pageCount: (total) => paging.pageCount(total, size),
    pageOfIndex: (index) => paging.pageOfIndex(index, size),
    clampPage: (page, total) => paging.clampPage(page, total, size),
    pageBounds: (page, total) => paging.pageBounds(page, total, size),
  };
}
