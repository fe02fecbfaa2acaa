import { describe, expect, it } from "vitest";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { encodePlanLink } from "../share/share-link";
import { MAX_QR_MODULES, qrMatrix } from "./qr-matrix";

const janeUrl = `https://planner.example.com/aks/#${encodePlanLink(janeStatic())}`;

/** Whether the module at (row, column) is dark, read back from the runs. */
function darkAt(runs: NonNullable<ReturnType<typeof qrMatrix>>["runs"], row: number, column: number): boolean {
  return runs.some((run) => run.row === row && column >= run.column && column < run.column + run.length);
}

describe("qrMatrix", () => {
  it("fits Jane's share link in a level M code small enough to scan from paper", () => {
    const matrix = qrMatrix(janeUrl);
    expect(matrix?.level).toBe("M");
    expect(matrix?.size).toBeLessThanOrEqual(61);
  });

  it("draws the three finder patterns: a dark 7-module ring in three corners", () => {
    const matrix = qrMatrix(janeUrl);
    if (!matrix) throw new Error("no code");
    const last = matrix.size - 1;
    for (const [row, column] of [
      [0, 0],
      [0, last - 6],
      [last - 6, 0],
    ] as const) {
      expect(darkAt(matrix.runs, row, column)).toBe(true);
      expect(darkAt(matrix.runs, row + 6, column + 6)).toBe(true);
      expect(darkAt(matrix.runs, row + 1, column + 1)).toBe(false);
      expect(darkAt(matrix.runs, row + 3, column + 3)).toBe(true);
    }
  });

  it("keeps runs inside the code and never empty", () => {
    const matrix = qrMatrix(janeUrl);
    expect(matrix?.runs.every((run) => run.length > 0 && run.column + run.length <= (matrix?.size ?? 0))).toBe(true);
  });

  it("falls back to level L for a link too long for a readable level M code", () => {
    const matrix = qrMatrix(`https://x/#${"a".repeat(1_100)}`);
    expect(matrix?.level).toBe("L");
    expect(matrix?.size).toBeLessThanOrEqual(MAX_QR_MODULES);
  });

  it("gives up on a link too long to scan from paper", () => {
    expect(qrMatrix(`https://x/#${"a".repeat(1_300)}`)).toBeNull();
    expect(qrMatrix("a".repeat(5_000))).toBeNull();
  });
});
