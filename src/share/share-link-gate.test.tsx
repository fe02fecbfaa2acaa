// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import { emptyPlanInput, type PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { encodePlanLink } from "./share-link";
import { rememberStartupDraft } from "../state/startup-draft";
import { undo, useUndoStore } from "../state/undo";
import { ShareLinkGate } from "./share-link-gate";

function openAt(fragment: string): void {
  window.history.replaceState(null, "", `/planner/${fragment}`);
}

function startWith(input: PlanInput): void {
  usePlanStore.setState({ input });
}

async function navigateTo(fragment: string): Promise<void> {
  await act(async () => {
    window.history.pushState(null, "", `/planner/${fragment}`);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
  rememberStartupDraft(null, "");
  useUndoStore.setState({ offer: null });
});

function cells(dialog: HTMLElement): string[][] {
  return Array.from(dialog.querySelectorAll("tbody tr")).map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ""));
}

afterEach(() => {
  cleanup();
  openAt("");
});

describe("ShareLinkGate", () => {
  it("loads a link's plan into an empty planner and keeps the link while the plan is unchanged", () => {
    openAt(`#${encodePlanLink(janeStatic())}`);
    render(<ShareLinkGate />);
    expect(usePlanStore.getState().input).toEqual(janeStatic());
    expect(window.location.hash).toBe(`#${encodePlanLink(janeStatic())}`);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("drops the link from the address bar once the admin edits the plan, without a new history entry", () => {
    openAt(`#${encodePlanLink(janeStatic())}`);
    render(<ShareLinkGate />);
    const entries = window.history.length;
    act(() => usePlanStore.getState().updateVirtualNetwork({ name: "edited" }));
    expect(window.location.hash).toBe("");
    expect(window.location.pathname).toBe("/planner/");
    expect(window.history.length).toBe(entries);
  });

  it("shows a damaged link's problem and leaves the draft and the address alone", () => {
    startWith(janeDhcp());
    const damaged = encodePlanLink(janeStatic()).slice(0, 90);
    openAt(`#${damaged}`);
    render(<ShareLinkGate />);
    expect(screen.getByRole("alert").textContent).toMatch(/This link is damaged: it is cut short.*Your saved plan is unchanged\./);
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
    expect(window.location.hash).toBe(`#${damaged}`);
  });

  it("says when a link comes from a newer planner", () => {
    openAt("#v9.abc.def");
    render(<ShareLinkGate />);
    expect(screen.getByRole("alert").textContent).toMatch(/This link was made by a newer version of the planner \(v9\)/);
    expect(usePlanStore.getState().input).toEqual(emptyPlanInput());
  });

  it("asks before replacing a different draft; Keep mine keeps it and drops the link", async () => {
    startWith(janeDhcp());
    openAt(`#${encodePlanLink(janeStatic())}`);
    render(<ShareLinkGate />);
    const dialog = screen.getByRole("dialog", { name: "Replace your current plan with the one in this link?" });
    expect(cells(dialog)).toEqual([["Network model", "DHCP", "Static IP"]]);
    await userEvent.click(screen.getByRole("button", { name: "Keep mine" }));
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
    expect(window.location.hash).toBe("");
  });

  it("asks before replacing a different draft; Replace loads the link's plan, and Undo brings the draft back", async () => {
    startWith(janeDhcp());
    openAt(`#${encodePlanLink(janeStatic())}`);
    render(<ShareLinkGate />);
    await userEvent.click(screen.getByRole("button", { name: "Replace" }));
    expect(usePlanStore.getState().input).toEqual(janeStatic());
    expect(window.location.hash).toBe(`#${encodePlanLink(janeStatic())}`);
    expect(useUndoStore.getState().offer?.text).toBe("Opened the plan in the link in place of yours.");
    act(() => undo());
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
    expect(window.location.hash).toBe("");
  });

  it("opens the link, no question, over an edit typed on the empty page before the gate loaded", () => {
    openAt(`#${encodePlanLink(janeStatic())}`);
    rememberStartupDraft(emptyPlanInput(), window.location.hash);
    act(() => usePlanStore.getState().updateVirtualNetwork({ name: "typedearly" }));
    render(<ShareLinkGate />);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(usePlanStore.getState().input).toEqual(janeStatic());
  });

  it("asks about the draft as it is now, early edit included, when the saved draft differed from the link", () => {
    startWith(janeDhcp());
    openAt(`#${encodePlanLink(janeStatic())}`);
    rememberStartupDraft(janeDhcp(), window.location.hash);
    act(() => usePlanStore.getState().updateVirtualNetwork({ name: "typedearly" }));
    render(<ShareLinkGate />);
    expect(cells(screen.getByRole("dialog"))).toEqual([
      ["Network model", "DHCP", "Static IP"],
      ["Virtual network", "typedearly", "janevnet"],
    ]);
  });

  it("keeps an early edit of the link's own plan (a reload) and drops the link from the address bar", () => {
    startWith(janeStatic());
    openAt(`#${encodePlanLink(janeStatic())}`);
    rememberStartupDraft(janeStatic(), window.location.hash);
    act(() => usePlanStore.getState().updateVirtualNetwork({ name: "typedearly" }));
    render(<ShareLinkGate />);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(usePlanStore.getState().input.vnet.name).toBe("typedearly");
    expect(window.location.hash).toBe("");
  });

  it("judges a link pasted later against the plan on screen, not the draft at page load", async () => {
    rememberStartupDraft(emptyPlanInput(), "");
    render(<ShareLinkGate />);
    act(() => usePlanStore.getState().loadInput(janeDhcp()));
    await navigateTo(`#${encodePlanLink(janeStatic())}`);
    expect(screen.getByRole("dialog", { name: "Replace your current plan with the one in this link?" })).toBeTruthy();
  });

  it("asks about a link pasted before the gate loaded, on a page opened without one: the edits are on screen", () => {
    rememberStartupDraft(emptyPlanInput(), "");
    act(() => usePlanStore.getState().loadInput(janeDhcp()));
    openAt(`#${encodePlanLink(janeStatic())}`);
    render(<ShareLinkGate />);
    expect(cells(screen.getByRole("dialog", { name: "Replace your current plan with the one in this link?" }))).toEqual([
      ["Network model", "DHCP", "Static IP"],
    ]);
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
  });

  it("does not ask when the link holds the plan already on screen (reload, forward)", () => {
    startWith(janeStatic());
    openAt(`#${encodePlanLink(janeStatic())}`);
    render(<ShareLinkGate />);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("opens a link pasted into the address bar later, and the same link again after it was dropped", async () => {
    render(<ShareLinkGate />);
    await navigateTo(`#${encodePlanLink(janeStatic())}`);
    expect(usePlanStore.getState().input).toEqual(janeStatic());
    act(() => usePlanStore.getState().resetPlan());
    expect(window.location.hash).toBe("");
    await navigateTo(`#${encodePlanLink(janeStatic())}`);
    expect(usePlanStore.getState().input).toEqual(janeStatic());
  });

  it("ignores fragments that are no plan link", () => {
    startWith(janeDhcp());
    openAt("#main-content");
    render(<ShareLinkGate />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
  });
});
