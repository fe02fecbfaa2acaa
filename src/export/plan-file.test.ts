import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { janeDhcp, janeStatic } from "../planning/fixtures/plan-inputs";
import { parsePlanJson, validatePlanInput } from "../planning/parse-plan-input";
import { planInputArb } from "../planning/test-arbitraries";
import janeFile from "../../public/examples/jane.json";
import { exportFileName, MAX_PLAN_FILE_BYTES, planFileJson, readPlanFile } from "./plan-file";

const bytesOf = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) });
const fileOf = (name: string, text: string) => bytesOf(name, new TextEncoder().encode(text));

describe("planFileJson", () => {
  it("writes Jane as the example plan file holds her", () => {
    expect(JSON.parse(planFileJson(janeStatic()))).toEqual(janeFile);
  });

  it("is pretty-printed with a final newline", () => {
    const text = planFileJson(janeStatic());
    expect(text.startsWith('{\n  "model": "static",\n  "vnet": {\n')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("drops anything that is not part of the format", () => {
    const withExtra = { ...janeStatic(), note: "not in the schema" };
    expect(JSON.parse(planFileJson(withExtra))).not.toHaveProperty("note");
  });

  it("reads back through validatePlanInput and parsePlanJson unchanged", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const text = planFileJson(input);
        expect(validatePlanInput(JSON.parse(text))).toEqual({ ok: true, input });
        expect(parsePlanJson(text)).toEqual({ ok: true, input });
      }),
      { seed: 4_341, numRuns: 200 },
    );
  });
});

describe("readPlanFile", () => {
  it("reads a plan file, a byte order mark included", async () => {
    expect(await readPlanFile(fileOf("jane.json", `\uFEFF${planFileJson(janeDhcp())}`))).toEqual({ ok: true, input: janeDhcp() });
  });

  it("reads a plan file saved as UTF-16 (Notepad's \"Unicode\"), little- and big-endian", async () => {
    const text = planFileJson(janeDhcp());
    const utf16 = (bigEndian: boolean) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
      return bytes;
    };
    expect(await readPlanFile(bytesOf("le.json", utf16(false)))).toEqual({ ok: true, input: janeDhcp() });
    expect(await readPlanFile(bytesOf("be.json", utf16(true)))).toEqual({ ok: true, input: janeDhcp() });
  });

  it.each([
    ["not JSON", "{", /^“bad.json” is not a plan file\. This file is not JSON/],
    ["empty", "", /^“bad.json” is not a plan file\. This file is empty/],
    ["JSON but not a plan", '{"hello": "world"}', /^“bad.json” is not a plan file\. Not a plan: /],
    ["a list", "[1, 2, 3]", /^“bad.json” is not a plan file\. Not a plan/],
  ])("refuses a file that is %s, with a message", async (_, text, message) => {
    const result = await readPlanFile(fileOf("bad.json", text));
    expect(result.ok ? "" : result.message).toMatch(message);
  });

  it("refuses a file larger than any plan before reading it", async () => {
    let read = false;
    const huge = { name: "huge.json", size: MAX_PLAN_FILE_BYTES + 1, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) };
    const result = await readPlanFile(huge);
    expect(result.ok ? "" : result.message).toMatch(/^“huge.json” is 8\.0 MB, larger than any plan file/);
    expect(read).toBe(false);
  });

  it("reports a file the browser cannot read", async () => {
    const result = await readPlanFile({ name: "gone.json", size: 10, arrayBuffer: () => Promise.reject(new Error("NotReadableError")) });
    expect(result.ok ? "" : result.message).toMatch(/^“gone.json” could not be read/);
  });
});

describe("exportFileName", () => {
  it.each([
    ["janevnet", "plan.json", "janevnet-plan.json"],
    ["", "deploy.ps1", "aks-hci-deploy.ps1"],
    ['<img src=x onerror=alert(1)>', "plan.json", "img-src-x-onerror-alert-1-plan.json"],
    ["../../etc/passwd", "plan.json", "etc-passwd-plan.json"],
    ["Prod VNet", "address-plan.csv", "prod-vnet-address-plan.csv"],
  ])("%j -> %s", (name, suffix, expected) => {
    expect(exportFileName({ ...janeStatic(), vnet: { ...janeStatic().vnet, name } }, suffix)).toBe(expected);
  });
});
