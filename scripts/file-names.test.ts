import { describe, expect, it } from "vitest";
import { notKebabCase } from "./file-names";

describe("notKebabCase", () => {
  it("accepts lowercase words joined by dashes, with dotted suffixes", () => {
    expect(notKebabCase(["src/share/share-link.frozen.test.ts", "src/planning/aks-arc/arc-plan.ts", "src/vite-env.d.ts", "public/examples/jane.json", "docs/review-jane.png"])).toEqual([]);
  });

  it("names every path with a file or folder in another case", () => {
    const paths = ["src/review/SummaryPanel.tsx", "src/share_link.ts", "src/Print/print-view.tsx", "src/review/format.TEST.ts", "src/-lead.ts", "src/double--dash.ts", "src/trail-.ts"];
    expect(notKebabCase(paths)).toEqual(paths);
  });
});
