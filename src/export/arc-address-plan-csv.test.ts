import { describe, expect, it } from "vitest";
import { createArcPlan } from "../planning/aks-arc/create-arc-plan";
import { emptyArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import { janeArc, janeArcWith } from "../planning/aks-arc/fixtures/arc-plan-inputs";
import { savedText } from "./download";
import { arcAddressPlanCsv, arcAddressPlanCsvBlocked } from "./arc-address-plan-csv";
import { ARC_EXPORTS, arcPlanFileJson } from "./arc-export-files";

describe("the AKS Arc address plan CSV", () => {
  it("lists the example's blocks in address order, each pool beside its need, then the ports", () => {
    const lines = arcAddressPlanCsv(createArcPlan(janeArc())).split("\r\n");
    expect(lines.slice(0, 6)).toEqual([
      "Purpose,Start,End,Size,Needed",
      "Logical network aks-lnet (10.220.32.0/24),10.220.32.0,10.220.32.255,256,19",
      "Default gateway,10.220.32.1,10.220.32.1,1,",
      "DNS server,10.220.32.10,10.220.32.10,1,",
      '"IP pool (node VMs, upgrade and control-plane IPs)",10.220.32.18,10.220.32.37,20,16',
      "MetalLB load balancer of cluster cluster-a,10.220.32.47,10.220.32.49,3,3",
    ]);
    expect(lines).toContain("Port,From,To,Purpose");
    expect(lines).toContain("TCP 55000,AKS node VMs,management network,cloud agent gRPC server");
  });

  it("quotes a typed name holding a comma or a quote, as RFC 4180 wants", () => {
    const csv = arcAddressPlanCsv(createArcPlan(janeArcWith((input) => void (input.clusters[0]!.name = 'a,"b"'))()));
    expect(csv).toContain('"MetalLB load balancer of cluster a,""b""",10.220.32.47,10.220.32.49,3,0');
  });

  it("is refused, with the reason, until the address prefix reads", () => {
    expect(arcAddressPlanCsvBlocked(createArcPlan(emptyArcPlanInput()))).toMatch(/valid address prefix/);
    expect(arcAddressPlanCsvBlocked(createArcPlan(janeArc()))).toBeNull();
  });
});

describe("AKS Arc downloads", () => {
  it("offer both scripts, the CSV and the plan file for the example, the .ps1 and CSV with a byte order mark", () => {
    const plan = createArcPlan(janeArc());
    const files = Object.fromEntries(ARC_EXPORTS.map((format) => [format.id, format.build(plan)]));
    expect(Object.keys(files)).toEqual(["ps1", "sh", "csv", "json"]);
    const saved = (id: string) => {
      const file = files[id];
      return file?.ok ? { name: file.file.name, text: savedText(file.file) } : null;
    };
    expect(saved("ps1")?.text.startsWith("\uFEFF$ErrorActionPreference")).toBe(true);
    expect(saved("sh")?.text.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(saved("csv")?.text.startsWith("\uFEFFPurpose,")).toBe(true);
    expect(saved("json")).toEqual({ name: "aks-lnet-plan.json", text: arcPlanFileJson(janeArc()) });
    expect(JSON.parse(saved("json")?.text ?? "")).toEqual(janeArc());
  });

  it("refuse the scripts while the plan has errors, saying why", () => {
    const plan = createArcPlan(emptyArcPlanInput());
    const ps1 = ARC_EXPORTS.find((format) => format.id === "ps1")?.build(plan);
    expect(ps1?.ok).toBe(false);
    if (ps1 && !ps1.ok) expect(ps1.reason).toMatch(/^The plan has \d+ errors/);
  });
});
