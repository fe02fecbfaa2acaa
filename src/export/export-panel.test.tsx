// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPlan } from "../planning/create-plan";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { ExportPanel } from "./export-panel";

interface Saved {
  name: string;
  text: string;
}

/** Captures what downloadText hands the browser: the Blob behind the object URL and the <a download> name. */
function captureDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) void blob.text().then((text) => saved.push({ name: this.download, text }));
  });
  return saved;
}

beforeEach(() => {
  vi.restoreAllMocks();
});

afterEach(cleanup);

describe("ExportPanel", () => {
  it("shows Jane's deployment script as text, with copy and download", async () => {
    const saved = captureDownloads();
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    const script = screen.getByLabelText("Deployment script");
    expect(script.textContent).toContain("$vnet = New-AksHciNetworkSetting @networkParameters");
    expect(script.textContent).toContain("name               = 'janevnet'");
    expect(script.textContent?.startsWith("\uFEFF")).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Download .ps1" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe("janevnet-deploy.ps1");
    expect(saved[0]?.text).toContain("name                  = 'clustera'\n    controlPlaneNodeCount = 3");
  });

  it("copies the script and confirms", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    await userEvent.click(screen.getByRole("button", { name: "Copy script" }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^# AKS on Azure Stack HCI/));
    expect((await screen.findByRole("status")).textContent).toBe("Deployment script copied");
    vi.unstubAllGlobals();
  });

  it("says the browser refused the copy, and where the script is instead", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: () => Promise.reject(new Error("denied")) } });
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    await userEvent.click(screen.getByRole("button", { name: "Copy script" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/did not let the planner copy the script/);
    vi.unstubAllGlobals();
  });

  it("gives the reason instead of the script while the plan has errors", () => {
    const plan = createPlan({ ...janeStatic(), vnet: { ...janeStatic().vnet, gateway: "10.9.9.9" } });
    render(<ExportPanel plan={plan} />);
    expect(screen.queryByLabelText("Deployment script")).toBeNull();
    expect(screen.queryByRole("button", { name: "Download .ps1" })).toBeNull();
    expect(screen.getByRole("note").textContent).toMatch(/^The deployment script is blocked\. The plan has \d+ errors?: fix/);
  });

  it("lists the vendor's ports with the rule each needs between VLANs", () => {
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    const table = screen.getByRole("table", { name: /Ports to open between the VLAN of the HCI hosts/ });
    const ports = within(table).getAllByRole("rowheader").map((cell) => cell.textContent);
    expect(ports).toEqual(["TCP 22", "TCP 6443", "TCP 46000", "TCP 55000", "TCP 65000", "TCP 45000, 45001"]);
    expect(within(table).getByRole("row", { name: /45000, 45001/ }).textContent).toMatch(/no rule needed/);
  });

  it("gives every command its own copy button, which copies that command alone", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    await userEvent.click(screen.getByRole("button", { name: "Copy Set-AksHciConfig (config)" }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^# Sets the AKS host's configuration[^]*\nSet-AksHciConfig @configParameters\n$/));
    expect((await screen.findByRole("status")).textContent).toBe("Set-AksHciConfig copied");
    expect(screen.getByRole("button", { name: "Copy New-AksHciCluster (cluster-2)" })).toBeTruthy();
    vi.unstubAllGlobals();
  });

  it("shows the readiness checklist", () => {
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    const list = screen.getByRole("list", { name: "Readiness checklist" });
    expect(list.textContent).toMatch(/Initialize-AksHciNode has run on every HCI host/);
    expect(list.textContent).toMatch(/IPv6 is turned off/);
  });

  it("downloads the plan file and the address plan", async () => {
    const saved = captureDownloads();
    render(<ExportPanel plan={createPlan(janeStatic())} />);
    await userEvent.click(screen.getByRole("button", { name: "Download plan file (.json)" }));
    await userEvent.click(screen.getByRole("button", { name: "Download address plan (.csv)" }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((file) => file.name).sort()).toEqual(["janevnet-address-plan.csv", "janevnet-plan.json"]);
    expect(JSON.parse(saved.find((file) => file.name.endsWith(".json"))?.text ?? "")).toEqual(janeStatic());
  });

  it("shows a hostile switch name as text inside one quoted argument", () => {
    const input = { ...janeStatic(), vnet: { ...janeStatic().vnet, vswitchName: `<img src=x onerror=alert(1)>"; Remove-Item C:\\ -Recurse; "` } };
    const { container } = render(<ExportPanel plan={createPlan(input)} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByLabelText("Deployment script").textContent).toContain(`vswitchName        = '<img src=x onerror=alert(1)>"; Remove-Item C:\\ -Recurse; "'`);
  });
});
