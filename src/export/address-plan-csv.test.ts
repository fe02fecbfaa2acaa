import { describe, expect, it } from "vitest";
import { createPlan } from "../planning/create-plan";
import { janeDhcp, janeStatic, twoNetworks } from "../planning/fixtures/plan-inputs";
import { addressPlanCsv, addressPlanCsvBlocked, csvCell } from "./address-plan-csv";
import { savedText } from "./download";
import { addressPlanFile } from "./export-files";

const allRows = (csv: string) => csv.trimEnd().split("\r\n");
/** The address plan's rows: everything before the empty row that starts the ports table. */
const rowsOf = (csv: string) => allRows(csv).slice(0, allRows(csv).indexOf(""));
const portRowsOf = (csv: string) => allRows(csv).slice(allRows(csv).indexOf("") + 1);

describe("addressPlanCsv", () => {
  it("lists Jane's subnet from network to broadcast address, with what each pool needs", () => {
    expect(rowsOf(addressPlanCsv(createPlan(janeStatic())))).toEqual([
      "Purpose,Start,End,Size,Needed",
      "Network address,10.0.0.0,10.0.0.0,1,",
      "Gateway,10.0.0.1,10.0.0.1,1,",
      "Free,10.0.0.2,10.0.0.9,8,",
      "DNS server,10.0.0.10,10.0.0.10,1,",
      "Free,10.0.0.11,10.0.0.19,9,",
      "Kubernetes node VM pool,10.0.0.20,10.0.0.99,80,27",
      "Free,10.0.0.100,10.0.0.199,100,",
      "Virtual IP pool,10.0.0.200,10.0.0.219,20,5",
      "Free,10.0.0.220,10.0.0.254,35,",
      "Broadcast address,10.0.0.255,10.0.0.255,1,",
    ]);
  });

  it("lists every network's subnet in turn under a Network column, each pool with its own network's need", () => {
    const rows = rowsOf(addressPlanCsv(createPlan(twoNetworks())));
    expect(rows[0]).toBe("Network,Purpose,Start,End,Size,Needed");
    expect(rows.filter((row) => row.includes("pool"))).toEqual([
      "janevnet,Kubernetes node VM pool,10.0.0.20,10.0.0.99,80,17",
      "janevnet,Virtual IP pool,10.0.0.200,10.0.0.219,20,3",
      "clusterbvnet,Kubernetes node VM pool,10.0.1.20,10.0.1.99,80,10",
      "clusterbvnet,Virtual IP pool,10.0.1.200,10.0.1.219,20,2",
    ]);
    expect(rows.length).toBe(1 + 10 + 10);
  });

  it("lists the DHCP scope with the free leases it must keep", () => {
    const rows = rowsOf(addressPlanCsv(createPlan(janeDhcp())));
    expect(rows).toContain("DHCP scope,10.0.0.20,10.0.0.199,180,27");
    expect(rows).toContain("Virtual IP pool,10.0.0.200,10.0.0.219,20,5");
  });

  it("lists the vendor's firewall ports after the address plan, with the rule each needs between VLANs", () => {
    const rows = portRowsOf(addressPlanCsv(createPlan(janeStatic())));
    expect(rows[0]).toBe("Port,Listens on,Purpose,Rule between VLANs");
    expect(rows.find((row) => row.startsWith("TCP 6443,"))).toMatch(/from the HCI hosts to the AKS VMs/);
    expect(rows.find((row) => row.startsWith("TCP 55000,"))).toMatch(/from the AKS VMs to the cloud agent's IP/);
    expect(rows.find((row) => row.startsWith('"TCP 45000, 45001"'))).toMatch(/no rule needed/);
    expect(rows).toHaveLength(7);
  });

  it("is saved behind a byte order mark and ends every line with CRLF, as Excel expects", () => {
    const csv = addressPlanCsv(createPlan(janeStatic()));
    const file = addressPlanFile(createPlan(janeStatic()));
    expect(file.ok && savedText(file.file).startsWith("\uFEFFPurpose,")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("has only its header, and a reason, when the address prefix does not parse", () => {
    const plan = createPlan({ ...janeStatic(), vnet: { ...janeStatic().vnet, addressPrefix: "not a prefix" } });
    expect(rowsOf(addressPlanCsv(plan))).toEqual(["Purpose,Start,End,Size,Needed"]);
    expect(addressPlanCsvBlocked(plan)).toMatch(/^Enter a valid address prefix/);
    expect(addressPlanCsvBlocked(createPlan(janeStatic()))).toBeNull();
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "\"'\r=1\""],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j is written %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(csvCell(27)).toBe("27");
    expect(csvCell(-1)).toBe("-1");
  });
});
