import { describe, expect, it } from "vitest";
import { createPlan } from "../planning/create-plan";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { savedText } from "./download";
import { addressPlanFile, planFile, scriptFile } from "./export-files";

describe("export files", () => {
  it("saves Jane's deployment script as UTF-8 with a byte order mark", () => {
    const result = scriptFile(createPlan(janeStatic()));
    expect(result.ok && result.file.name).toBe("janevnet-deploy.ps1");
    expect(result.ok && savedText(result.file).startsWith("\uFEFF# AKS on Azure Stack HCI")).toBe(true);
    expect(result.ok && result.file.text).toContain("$vnet = New-AksHciNetworkSetting @networkParameters");
  });

  it("gives the reason instead of a script while the plan has errors", () => {
    const plan = createPlan({ ...janeStatic(), vnet: { ...janeStatic().vnet, gateway: "10.9.9.9" } });
    expect(plan.errorCount).toBeGreaterThan(0);
    const result = scriptFile(plan);
    expect(result.ok ? "" : result.reason).toMatch(/^The plan has \d+ errors?: fix/);
  });

  it("names the plan file and the address plan after the virtual network", () => {
    const plan = createPlan(janeStatic());
    expect(planFile(plan)).toMatchObject({ name: "janevnet-plan.json", type: "application/json" });
    const csv = addressPlanFile(plan);
    expect(csv.ok && csv.file.name).toBe("janevnet-address-plan.csv");
  });
});
