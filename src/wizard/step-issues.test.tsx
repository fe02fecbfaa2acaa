// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { listFindings } from "../planning/findings";
import type { PlanIssue } from "../planning/plan";
import { LooseFindings, STEP_FINDINGS_SHOWN } from "./step-issues";

afterEach(cleanup);

const findings = (count: number, severity: PlanIssue["severity"]): PlanIssue[] =>
  Array.from({ length: count }, (_, index) => ({ path: `clusters.${index}`, severity, message: `${severity} number ${index + 1}` }));

describe("LooseFindings", () => {
  it("lists the first findings of the step, errors first, and says how many more there are", () => {
    render(<LooseFindings findings={listFindings([...findings(3, "warning"), ...findings(STEP_FINDINGS_SHOWN + 48_902, "error")])} />);
    const [errors, warnings] = screen.getAllByRole("alert");
    expect(within(errors ?? document.body).getAllByRole("listitem")).toHaveLength(STEP_FINDINGS_SHOWN);
    expect(within(errors ?? document.body).getByText("error number 50")).toBeTruthy();
    expect(screen.queryByText("error number 51")).toBeNull();
    expect(within(errors ?? document.body).getByText("and 48,902 more errors on this step")).toBeTruthy();
    expect(within(warnings ?? document.body).getByText("and 3 more warnings on this step")).toBeTruthy();
    expect(within(warnings ?? document.body).queryAllByRole("listitem")).toHaveLength(0);
  });

  it("lists every finding when they fit, with no count of more", () => {
    render(<LooseFindings findings={listFindings([...findings(2, "error"), ...findings(1, "warning")])} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText("warning number 1")).toBeTruthy();
    expect(screen.queryByText(/more (errors|warnings)/)).toBeNull();
  });

  it("shows nothing without findings", () => {
    const { container } = render(<LooseFindings findings={listFindings([])} />);
    expect(container.textContent).toBe("");
  });
});
