import qrcode from "qrcode-generator";

/** The dark modules of a QR code, row by row, as runs: what an SVG draws with one <rect> each. */
export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  level: "M" | "L";
  runs: QrRun[];
}

export interface QrRun {
  row: number;
  column: number;
  length: number;
}

/**
 * Past version 25 (117 modules a side) a code printed a few centimetres wide has modules too fine
 * for a phone camera to read off paper; longer links are printed as text only.
 */
export const MAX_QR_MODULES = 117;

/**
 * The QR code of `text`: level M (15 % of the code can be damaged or smudged) when the text fits a
 * readable code, else L (7 %), else null.
 * @example qrMatrix("https://example.com/#v1.abc")?.level // "M"
 */
export function qrMatrix(text: string): QrMatrix | null {
  for (const level of ["M", "L"] as const) {
    const code = makeCode(text, level);
    if (code && code.getModuleCount() <= MAX_QR_MODULES) return { size: code.getModuleCount(), level, runs: darkRuns(code) };
  }
  return null;
}

function makeCode(text: string, level: "M" | "L"): ReturnType<typeof qrcode> | null {
  try {
    const code = qrcode(0, level);
    code.addData(text, "Byte");
    code.make();
    return code;
  } catch {
    // qrcode-generator throws when the text does not fit even version 40.
    return null;
  }
}

function darkRuns(code: ReturnType<typeof qrcode>): QrRun[] {
  const size = code.getModuleCount();
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!code.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && code.isDark(row, column)) column += 1;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return runs;
}
