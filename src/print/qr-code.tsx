import type { QrMatrix } from "./qr-matrix";

/** The four-module light margin a QR reader needs around the code. */
const QUIET_ZONE = 4;

export interface QrCodeProps {
  matrix: QrMatrix;
  /** What the code opens, for screen readers and when the image is not shown. */
  label: string;
  /** Printed width, e.g. "42mm". */
  size: string;
}

/** A QR code as SVG rectangles built by React (no markup strings): one <rect> per run of dark modules. */
export function QrCode({ matrix, label, size }: QrCodeProps) {
  const side = matrix.size + 2 * QUIET_ZONE;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${side} ${side}`} width={size} height={size} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      {matrix.runs.map((run) => (
        <rect key={`${run.row}-${run.column}`} x={run.column + QUIET_ZONE} y={run.row + QUIET_ZONE} width={run.length} height={1} fill="#000" />
      ))}
    </svg>
  );
}
