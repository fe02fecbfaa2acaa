/**
 * The print stylesheet. On screen the printable document is not displayed; on paper it is all
 * there is: the app (#root), dialogs and snackbars (all direct children of <body>) are hidden, so
 * no navigation, buttons or stepper reach the paper. Black on white whatever the screen's colour
 * scheme; margins that suit both A4 (210 × 297 mm) and Letter (216 × 279 mm); tables, list items
 * and command lines are not split across pages where it can be helped.
 */
export const PRINT_STYLES = `
@media screen {
  [data-print-root] { display: none !important; }
}
@page {
  margin: 12mm 13mm 14mm;
}
@media print {
  html, body {
    background: #fff !important;
    color: #000 !important;
  }
  body > :not([data-print-root]) { display: none !important; }
  [data-print-root] {
    display: block;
    color: #000;
    background: #fff;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
    font-size: 8.5pt;
    line-height: 1.3;
  }
  [data-print-root] * { color: #000 !important; background: transparent !important; box-shadow: none !important; }
  [data-print-root] h1 { font-size: 14pt; margin: 0 0 1mm; }
  [data-print-root] header p { margin: 0 0 2mm; }
  [data-print-root] h2 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
  [data-print-root] h3 { font-size: 9pt; margin: 2mm 0 0.5mm; break-after: avoid; page-break-after: avoid; }
  [data-print-root] p { margin: 0 0 1mm; }
  [data-print-root] ol, [data-print-root] ul { margin: 0 0 1mm; padding-left: 5mm; }
  [data-print-root] li { break-inside: avoid; page-break-inside: avoid; }
  [data-print-root] table { border-collapse: collapse; width: 100%; margin: 0 0 1.5mm; }
  [data-print-root] caption { text-align: left; font-weight: 600; padding: 0.5mm 0; }
  [data-print-root] th, [data-print-root] td { border: 0.25pt solid #000; padding: 0.4mm 1.2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
  [data-print-root] h1, [data-print-root] li, [data-print-root] p { overflow-wrap: anywhere; }
  [data-print-root] thead { display: table-header-group; }
  [data-print-root] tr { break-inside: avoid; page-break-inside: avoid; }
  [data-print-root] table.fields th { font-weight: normal; width: 42%; }
  [data-print-root] .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
  [data-print-root] .columns table { break-inside: avoid; page-break-inside: avoid; }
  [data-print-root] dl.figures { display: flex; flex-wrap: wrap; gap: 1mm 5mm; margin: 0; }
  [data-print-root] dl.figures div { display: flex; gap: 1.5mm; }
  [data-print-root] dl.figures dt::after { content: ":"; }
  [data-print-root] dl.figures dd { margin: 0; font-weight: 700; }
  [data-print-root] pre {
    font-family: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace;
    font-size: 7pt;
    line-height: 1.25;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
    border: 0.25pt solid #000;
    padding: 1mm 1.5mm;
  }
  [data-print-root] pre.command { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1mm; }
  [data-print-root] .share { break-inside: avoid; page-break-inside: avoid; }
  [data-print-root] .share-body { display: flex; gap: 4mm; align-items: flex-start; }
  [data-print-root] .share-body svg { flex-shrink: 0; }
  [data-print-root] .link {
    font-family: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace;
    font-size: 7pt;
    overflow-wrap: anywhere;
    word-break: break-all;
  }
}
`;
