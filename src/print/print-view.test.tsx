// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { whenSettled } from "../app/when-idle";
import { createPlan } from "../planning/create-plan";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { loadPrintDocument } from "./print-document-loader";
import { PrintView } from "./print-view";

afterEach(cleanup);

const planNamed = (name: string) => {
  const input = janeStatic();
  input.vnet.name = name;
  return createPlan(input);
};
// The paper copy first renders when the page has settled, from its own chunk: wait for both, however
// long they take on this machine.
const title = async () => {
  await act(() => Promise.all([whenSettled(), loadPrintDocument()]));
  return screen.findByRole("heading", { level: 1, hidden: true });
};

describe("PrintView", () => {
  it("renders the paper copy of the plan it mounts with", async () => {
    render(<PrintView plan={planNamed("firstvnet")} />);
    expect((await title()).textContent).toContain("firstvnet");
  });

  it("leaves the paper copy alone while the admin types, and brings it up to date when printing starts", async () => {
    const { rerender } = render(<PrintView plan={planNamed("firstvnet")} />);
    await title();
    rerender(<PrintView plan={planNamed("typedvnet")} />);
    expect((await title()).textContent).toContain("firstvnet");

    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect((await title()).textContent).toContain("typedvnet");
  });
});
