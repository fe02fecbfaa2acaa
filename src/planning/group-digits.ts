/**
 * A whole number with its thousands grouped, as `toLocaleString("en-US")` prints it, without
 * building a number formatter: the browser's first one costs 20 to 40 ms (its locale data loads),
 * and the schema's messages and the summary's figures are made while the page starts.
 * @example groupDigits(16777214) // "16,777,214"
 */
export function groupDigits(value: number): string {
  const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ",");
  return value < 0 ? `-${grouped}` : grouped;
}
