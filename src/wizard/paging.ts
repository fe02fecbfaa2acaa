import { formatCount } from "../review/format";

/**
 * Long lists (up to 1,000 clusters, 10,000 services) show one page of rows at a time: every row is
 * a few form fields, and rendering them all froze the tab for seconds. 0-based pages throughout.
 */
export const PAGE_SIZE = 25;

export interface PageBounds {
  /** Index of the page's first row. */
  start: number;
  /** One past the page's last row. */
  end: number;
}

/** Pages a list of `total` rows takes; an empty list still has its one (empty) page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** @example pageOfIndex(25) // 1: the 26th row opens the second page */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.floor(index / size));
}

/** A page that still exists once rows were removed: the last one at most. */
export function clampPage(page: number, total: number, size = PAGE_SIZE): number {
  return Math.min(Math.max(page, 0), pageCount(total, size) - 1);
}

export function pageBounds(page: number, total: number, size = PAGE_SIZE): PageBounds {
  const start = clampPage(page, total, size) * size;
  return { start, end: Math.min(start + size, total) };
}

/** @example rangeLabel("Services", { start: 25, end: 50 }, 1000) // "Services 26–50 of 1,000" */
export function rangeLabel(noun: string, { start, end }: PageBounds, total: number): string {
  if (total === 0) return `${noun}: none`;
  return `${noun} ${formatCount(start + 1)}–${formatCount(end)} of ${formatCount(total)}`;
}

/** The row a field path lies in: ("services.12.port", "services") -> 12; null outside the list's rows. */
export function rowIndexOfPath(path: string, list: string): number | null {
  if (!path.startsWith(`${list}.`)) return null;
  const match = /^(\d+)(?:\.|$)/.exec(path.slice(list.length + 1));
  return match ? Number(match[1]) : null;
}

/** The lowest row any of the paths lies in, or null when none is in the list. */
export function firstRowIndex(paths: Iterable<string>, list: string): number | null {
  let first: number | null = null;
  for (const path of paths) {
    const row = rowIndexOfPath(path, list);
    if (row !== null && (first === null || row < first)) first = row;
  }
  return first;
}

function isFieldError(value: object): boolean {
  return "type" in value || "message" in value;
}

/** The dot path of every error in react-hook-form's nested errors (its FieldErrors): "services.3.port". */
export function errorPaths(errors: object, prefix = ""): string[] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]) => {
    if (value === null || typeof value !== "object") return [];
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return isFieldError(value) ? [path] : errorPaths(value, path);
  });
}
