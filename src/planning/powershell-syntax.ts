/**
 * PowerShell text for the deployment script. Every text value is a single-quoted PowerShell
 * literal: no variable expansion, no subexpressions ($(...)), no backtick escapes inside, and an
 * embedded quote doubled. PowerShell also ends a single-quoted string at the typographic quotes
 * ‘ ’ ‚ ‛, so those are doubled as well. A line break inside a single-quoted literal is plain text
 * and cannot start a new command; the checks still refuse control characters in every free text
 * that reaches the script, so such a plan is blocked with the reason instead of producing a
 * two-line argument. Comments hold only numbers and addresses the script formats itself, never
 * typed text. Variable names are the script's own.
 */

/** One command (or a few that only make sense together) with the comment that says what it does. */
export interface ScriptCommand {
  id: string;
  /** Short heading for the UI's copy button: "New-AksHciNetworkSetting". */
  title: string;
  /** The lines, comment first, ready to paste. */
  lines: string[];
}

/**
 * A PowerShell single-quoted literal of `value`: quotes (straight and typographic) doubled.
 * @example psQuote("it's") // "'it''s'"
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

/**
 * A storage path as PowerShell: the vendor's defaults start with %systemdrive%, which PowerShell
 * does not expand, so that part becomes $env:SystemDrive and the rest stays a literal.
 * @example psPath("%systemdrive%\\AksHci") // "(Join-Path $env:SystemDrive 'AksHci')"
 */
export function psPath(path: string): string {
  const match = /^%systemdrive%\\?(.*)$/i.exec(path.trim());
  if (match === null) return psQuote(path.trim());
  return `(Join-Path $env:SystemDrive ${psQuote(match[1] ?? "")})`;
}

/** A hashtable value: literal text, a whole number, an array of text, or script-made code (a variable). */
export type PsValue = { text: string } | { int: number } | { texts: readonly string[] } | { code: string };

function psValue(value: PsValue): string {
  if ("text" in value) return psQuote(value.text);
  if ("int" in value) return String(value.int);
  if ("texts" in value) return `@(${value.texts.map(psQuote).join(", ")})`;
  return value.code;
}

/**
 * `$variable = @{ ... }` with one parameter a line, keys aligned, then the call that splats it.
 * @example splat("# What it does", "vnetParameters", [["name", { text: "aksvnet" }]], "$vnet = New-AksHciNetworkSetting")
 */
export function splat(id: string, cmdlet: string, comment: readonly string[], variable: string, parameters: ReadonlyArray<readonly [string, PsValue]>, call: string): ScriptCommand {
  const width = Math.max(...parameters.map(([name]) => name.length));
  return {
    id,
    title: cmdlet,
    lines: [...comment.map((line) => `# ${line}`), `$${variable} = @{`, ...parameters.map(([name, value]) => `    ${name.padEnd(width)} = ${psValue(value)}`), "}", `${call} @${variable}`],
  };
}
