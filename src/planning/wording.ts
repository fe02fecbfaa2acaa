import { groupDigits } from "./group-digits";

/**
 * The one module that words numbers: counts with thousands separators, singular or plural nouns,
 * and the "N errors, M warnings" every view shows. Pure, so the CLI, the script and the UI agree.
 */

// Counts are whole numbers: grouped without a number formatter, whose first construction would
// delay the first step by tens of milliseconds. Anything else gets one formatter, built when first
// needed (toLocaleString builds a new one per call, too slow for the print view's thousands of figures).
let fractionFormat: Intl.NumberFormat | null = null;

/** @example formatCount(16777214) // "16,777,214" */
export function formatCount(value: number): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return groupDigits(value);
  fractionFormat ??= new Intl.NumberFormat("en-US");
  return fractionFormat.format(value);
}

/** @example plural(1, "error") // "1 error"; plural(1200, "address", "addresses") // "1,200 addresses" */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`;
}

/** @example formatAddresses(1) // "1 address" */
export function formatAddresses(count: number): string {
  return plural(count, "address", "addresses");
}

/**
 * @example findingCounts(2, 1) // "2 errors, 1 warning"
 * @example findingCounts(0, 3, { skipZero: true }) // "3 warnings"
 */
export function findingCounts(errors: number, warnings: number, { skipZero = false } = {}): string {
  const parts: Array<[number, string]> = [
    [errors, "error"],
    [warnings, "warning"],
  ];
  return parts
    .filter(([count]) => !skipZero || count > 0)
    .map(([count, noun]) => plural(count, noun))
    .join(", ");
}
