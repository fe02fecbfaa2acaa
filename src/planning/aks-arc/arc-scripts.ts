import type { DeploymentScript } from "../powershell";
import { psQuote } from "../powershell-syntax";
import { arcSteps, type Piece, type Step } from "./arc-commands";
import type { ArcPlan } from "./arc-plan";

/**
 * The Arc steps as a PowerShell file and as a bash file. Every literal is single-quoted for its
 * shell (PowerShell doubles its quotes, bash closes, escapes and reopens), so no name can expand,
 * substitute or end a command; variables expand as one word. The checks keep cmd.exe's
 * metacharacters out of free text, since az on Windows is a batch file.
 */

export type ArcShell = "ps1" | "sh";

/**
 * A bash single-quoted word: `'` becomes `'\''`.
 * @example shQuote("it's") // "'it'\\''s'"
 */
export function shQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Stop at the first failing command, as bash's set -e does: the second line needs PowerShell 7.3 or later. */
const POWERSHELL_PRELUDE = ["$ErrorActionPreference = 'Stop'", "$PSNativeCommandUseErrorActionPreference = $true", ""];

export function arcScript(plan: ArcPlan, shell: ArcShell): DeploymentScript {
  const steps = arcSteps(plan);
  if (steps === null) return { ok: false, reason: blockedReason(plan) };
  const lines = shell === "sh" ? ["#!/usr/bin/env bash", "set -euo pipefail", "", ...steps.flatMap(bashLines)] : [...POWERSHELL_PRELUDE, ...steps.flatMap(powerShellLines)];
  return { ok: true, script: `${lines.join("\n")}\n` };
}

function blockedReason(plan: ArcPlan): string {
  const count = plan.errorCount;
  const first = plan.issues.find((issue) => issue.severity === "error");
  const head = `The plan has ${count} ${count === 1 ? "error" : "errors"}: fix ${count === 1 ? "it" : "them"} before deploying, since the logical network cannot be changed afterwards.`;
  return first ? `${head} First: ${first.message}` : head;
}

/** camelCase to UPPER_SNAKE: cluster1Uri becomes CLUSTER1_URI. */
function bashName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

function bashWord(pieces: readonly Piece[]): string {
  return pieces.map((piece) => ("text" in piece ? shQuote(piece.text) : `"\${${bashName(piece.variable)}}"`)).join("");
}

function psWord(pieces: readonly Piece[]): string {
  const parts = pieces.map((piece) => ("text" in piece ? psQuote(piece.text) : `$${piece.variable}`));
  return parts.length === 1 ? (parts[0] ?? "''") : `(${parts.join(" + ")})`;
}

function bashLines(step: Step): string[] {
  switch (step.kind) {
    case "comment":
      return step.lines.map((line) => `# ${line}`);
    case "blank":
      return [""];
    case "assign":
      return [`${bashName(step.variable)}=${bashWord(step.pieces)}`];
    case "az": {
      const body = commandLines(step, bashWord, " \\");
      if (step.capture === null) return body;
      const captured = [...body];
      captured[0] = `${bashName(step.capture)}=$(${captured[0] ?? ""}`;
      captured[captured.length - 1] = `${captured.at(-1) ?? ""})`;
      return captured;
    }
  }
}

function powerShellLines(step: Step): string[] {
  switch (step.kind) {
    case "comment":
      return step.lines.map((line) => `# ${line}`);
    case "blank":
      return [""];
    case "assign":
      return [`$${step.variable} = ${psWord(step.pieces)}`];
    case "az": {
      const body = commandLines(step, psWord, " `");
      return step.capture === null ? body : [`$${step.capture} = ${body[0] ?? ""}`, ...body.slice(1)];
    }
  }
}

/** `az words` then one flag a line, each line but the last ending in the shell's continuation. */
function commandLines(step: Extract<Step, { kind: "az" }>, word: (pieces: readonly Piece[]) => string, continuation: string): string[] {
  const lines = [`az ${step.words.join(" ")}`, ...step.args.map((arg) => `  ${arg.flag} ${arg.values.map(word).join(" ")}`)];
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}${continuation}` : line));
}
