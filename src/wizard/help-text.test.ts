import { describe, expect, it } from "vitest";
import { REFERENCE_DOC_TITLE } from "../planning/wording";
import { HELP } from "./help-text";

describe("HELP", () => {
  const texts = Object.entries(HELP);

  it.each(texts)("%s speaks to an admin, not a developer", (_, text) => {
    expect(text).not.toMatch(/\barray\b|\bnpm\b|\bJSON\b|\bboolean\b|\bstring\b/i);
  });

  it.each(texts)("%s names the reference doc by its title, never as 'the doc'", (_, text) => {
    expect(text).not.toMatch(/\bthe docs?\b/i);
  });

  // The planner's error at a field gives the example; the help under it does not give another.
  it.each(texts)("%s gives no example of its own", (_, text) => {
    expect(text).not.toMatch(/\be\.g\./);
  });

  it("quotes the doc by its title where it cites it", () => {
    expect(HELP.addressPrefix).toContain(REFERENCE_DOC_TITLE);
    expect(HELP.vipSharing).toContain(REFERENCE_DOC_TITLE);
  });
});
