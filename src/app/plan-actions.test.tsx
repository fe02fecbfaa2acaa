// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { decodePlanLink } from "../share/share-link";
import { planFileJson } from "../export/plan-file";
import { PlanActions } from "./plan-actions";

function startWith(input: PlanInput): void {
  usePlanStore.setState({ input });
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>("Plan file to import");
const jsonFile = (name: string, text: string) => new File([text], name, { type: "application/json" });

beforeEach(() => {
  window.localStorage.clear();
  usePlanStore.getState().resetPlan();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("PlanActions: share link", () => {
  it("copies a link that opens the plan on screen, and confirms", async () => {
    startWith(janeStatic());
    const writeText = vi.fn((_: string) => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<PlanActions />);
    await userEvent.click(screen.getByRole("button", { name: "Copy share link" }));
    expect((await screen.findByRole("status")).textContent).toBe("Share link copied");
    const url = writeText.mock.calls[0]?.[0] ?? "";
    expect(url.startsWith(`${window.location.protocol}//${window.location.host}${window.location.pathname}#v1.`)).toBe(true);
    expect(decodePlanLink(url.split("#")[1] ?? "")).toEqual({ ok: true, input: janeStatic() });
  });

  it("offers the link selected in a read-only field when the browser refuses the clipboard", async () => {
    startWith(janeStatic());
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(<PlanActions />);
    await userEvent.click(screen.getByRole("button", { name: "Copy share link" }));
    const dialog = await screen.findByRole("dialog", { name: "Copy the share link" });
    const field = within(dialog).getByRole("textbox", { name: "Share link" });
    expect(field).toHaveProperty("readOnly", true);
    expect((field as HTMLTextAreaElement).value).toMatch(/#v1\./);
  });
});

describe("PlanActions: export menu", () => {
  it("blocks the deployment script with the reason while the plan has errors", async () => {
    startWith({ ...janeStatic(), vnet: { ...janeStatic().vnet, gateway: "10.9.9.9" } });
    render(<PlanActions />);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    const copy = await screen.findByRole("menuitem", { name: /^Copy deployment script/ });
    expect(copy.getAttribute("aria-disabled")).toBe("true");
    expect(copy.textContent).toMatch(/The plan has \d+ errors?: fix/);
    expect(screen.getByRole("menuitem", { name: /^Download deployment script/ }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("menuitem", { name: "Download plan file (.json)" }).getAttribute("aria-disabled")).toBeNull();
  });

  it("offers every export for Jane, operable by keyboard", async () => {
    startWith(janeStatic());
    render(<PlanActions />);
    screen.getByRole("button", { name: "Export" }).focus();
    await userEvent.keyboard("{Enter}");
    const items = await screen.findAllByRole("menuitem");
    expect(document.activeElement).toBe(items[0]);
    expect(items.map((item) => item.textContent)).toEqual([
      "Copy deployment script",
      "Download deployment script (.ps1)",
      "Download plan file (.json)",
      "Download address plan (.csv)",
      "Import plan file…",
    ]);
    expect(items.every((item) => item.getAttribute("aria-disabled") === null)).toBe(true);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Export" }));
  });
});

describe("PlanActions: import", () => {
  it("refuses a bad file with a message and replaces nothing", async () => {
    startWith(janeDhcp());
    render(<PlanActions />);
    await userEvent.upload(fileInput(), jsonFile("notes.json", "{ not json"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^“notes.json” is not a plan file\. This file is not JSON: .* Your plan is unchanged\.$/);
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
  });

  it("opens a plan file straight away when nothing is entered yet", async () => {
    render(<PlanActions />);
    await userEvent.upload(fileInput(), jsonFile("jane.json", planFileJson(janeStatic())));
    expect((await screen.findByRole("status")).textContent).toBe("Opened the plan in “jane.json”");
    expect(usePlanStore.getState().input).toEqual(janeStatic());
  });

  it("asks before a file replaces a different plan", async () => {
    startWith(janeDhcp());
    render(<PlanActions />);
    await userEvent.upload(fileInput(), jsonFile("jane.json", planFileJson(janeStatic())));
    await screen.findByRole("dialog", { name: "Replace your current plan with the one in this file?" });
    await userEvent.click(screen.getByRole("button", { name: "Keep mine" }));
    expect(usePlanStore.getState().input).toEqual(janeDhcp());
    await userEvent.upload(fileInput(), jsonFile("jane.json", planFileJson(janeStatic())));
    await userEvent.click(await screen.findByRole("button", { name: "Replace" }));
    expect(usePlanStore.getState().input).toEqual(janeStatic());
  });
});
