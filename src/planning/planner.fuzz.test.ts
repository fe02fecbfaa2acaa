import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { janeDhcp, janeStatic } from "./fixtures/plan-inputs";
import { generatePlanInput } from "./generate-plan-input";
import type { Plan } from "./plan";
import {
  MAX_CLUSTERS,
  MAX_COUNT,
  MAX_NODE_POOLS,
  planInputSchema,
  type NodePoolInput,
  type PlanInput,
  type ServiceInput,
  type WorkloadClusterInput,
} from "./plan-input-schema";
import { deploymentScript } from "./powershell";
import { planInputArb } from "./test-arbitraries";

/**
 * Hardening: whatever an admin types (or a file or link carries) within the schema's bounds, the
 * planner answers with a plan and findings, never an exception, and the deployment script keeps
 * every typed value inside one single-quoted literal. Seeded, so a failure reproduces: fast-check
 * prints the seed and path of the smallest failing input.
 */

const RUNS = 10_000;
const SEED = 5_351;
const settings = { seed: SEED, numRuns: RUNS };

/** The schema's text bounds (plan-input-schema.ts): names 256, addresses 64, vLAN ID 16. */
const NAME_MAX = 256;
const ADDRESS_MAX = 64;
const VLAN_MAX = 16;

/** Text written to do harm if it ever reaches HTML, a script or an object key unescaped. */
const HOSTILE_TEXTS = [
  "<img src=x onerror=alert(1)>",
  '"; Remove-Item C:\\ -Recurse; "',
  "'; Remove-Item C:\\ -Recurse; '",
  // PowerShell closes a single-quoted literal at typographic quotes too.
  "\u2019; Remove-Item C:\\ -Recurse; \u2018",
  "$(Remove-Item C:\\ -Recurse)",
  "`; Remove-Item C:\\ -Recurse",
  "x\nRemove-Item C:\\ -Recurse",
  "x\r\nRemove-Item C:\\ -Recurse #",
  "x\u2028Remove-Item C:\\ -Recurse",
  "@'\nRemove-Item C:\\ -Recurse\n'@",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "__proto__",
  "constructor",
  "toString",
  "\u0000",
  "\u202Eevil",
  "\uD800",
  "👩‍💻 ǅ İ ß",
  "  ",
] as const;

const NUMBERS_AS_TEXT = ["1e309", "-1", "99999999999999999999999", "4294967296", "0x0A000001", "NaN", "Infinity", "1.5", "-0", "167772161", "4095", "0", "01"] as const;

const ADDRESS_LIKE = [
  " 10.0.0.1 ",
  "10.0.0.1\t",
  "10.0.0.0/24/24",
  "10.0.0.-1",
  "10..0.1",
  "10.0.0.256",
  "010.000.000.001",
  "\uFF11\uFF10.0.0.1",
  "10.0.0.1%eth0",
  "::ffff:10.0.0.1",
  "0.0.0.0/0",
  "255.255.255.255/32",
  "10.0.0.0/8",
  "10.0.0.0/31",
  "10.0.0.0/",
  "/24",
] as const;

/** Longest text in `max`: a hostile text repeated up to the bound, so length limits are exercised too. */
const longTextArb = (max: number) =>
  fc.tuple(fc.constantFrom(...HOSTILE_TEXTS, "a", "9"), fc.integer({ min: Math.max(0, max - 8), max })).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const hostileTextArb = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS_AS_TEXT) },
    { weight: 1, arbitrary: longTextArb(max) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  ).map((text) => text.slice(0, max));

const addressTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.ipV4() },
  { weight: 2, arbitrary: fc.tuple(fc.ipV4(), fc.integer({ min: -1, max: 40 })).map(([address, prefix]) => `${address}/${prefix}`) },
  { weight: 1, arbitrary: fc.ipV4Extended() },
  { weight: 1, arbitrary: fc.ipV6() },
  { weight: 2, arbitrary: fc.constantFrom(...ADDRESS_LIKE) },
  { weight: 2, arbitrary: hostileTextArb(ADDRESS_MAX) },
).map((text) => text.slice(0, ADDRESS_MAX));

/** Counts the schema accepts, the bounds themselves included. */
const countArb = (min: number, max = MAX_COUNT) =>
  fc.oneof(fc.constantFrom(min, max, max - 1), fc.integer({ min, max: min + 10 }), fc.integer({ min, max }));

const nodePoolArb: fc.Arbitrary<NodePoolInput> = fc.record({
  name: hostileTextArb(NAME_MAX),
  count: countArb(0),
  osType: fc.constantFrom("linux" as const, "windows" as const),
});

const clusterArb: fc.Arbitrary<WorkloadClusterInput> = fc.record({
  name: hostileTextArb(NAME_MAX),
  controlPlaneNodes: countArb(1),
  workerNodes: countArb(0),
  nodePools: fc.array(nodePoolArb, { maxLength: 3 }),
});

const serviceArb: fc.Arbitrary<ServiceInput> = fc.record({
  name: hostileTextArb(NAME_MAX),
  port: fc.oneof(fc.constantFrom(1, 65_535), fc.integer({ min: 1, max: 65_535 })),
  instances: countArb(1),
  cluster: hostileTextArb(NAME_MAX),
});

/** Every field random: mostly garbage, so the planner's parsing and messages get the beating. */
const randomPlanArb: fc.Arbitrary<PlanInput> = fc
  .record({
    model: fc.constantFrom("static" as const, "dhcp" as const),
    name: hostileTextArb(NAME_MAX),
    vswitchName: hostileTextArb(NAME_MAX),
    addresses: fc.array(addressTextArb, { minLength: 9, maxLength: 9 }),
    dnsServers: fc.array(addressTextArb, { maxLength: 16 }),
    vlanId: fc.oneof(fc.constantFrom(...NUMBERS_AS_TEXT), hostileTextArb(VLAN_MAX)).map((text) => text.slice(0, VLAN_MAX)),
    hostAddressing: fc.constantFrom("static" as const, "dhcp" as const),
    clusters: fc.array(clusterArb, { maxLength: 4 }),
    services: fc.array(serviceArb, { maxLength: 4 }),
    vipSharing: fc.boolean(),
    growthReserve: fc.record({ clusters: countArb(0, MAX_CLUSTERS), controlPlaneNodes: countArb(1), workerNodes: countArb(0) }),
  })
  .map(({ addresses, ...parts }): PlanInput => {
    const [addressPrefix = "", gateway = "", nodeStart = "", nodeEnd = "", vipStart = "", vipEnd = "", scopeStart = "", scopeEnd = "", cloud = ""] = addresses;
    return {
      model: parts.model,
      vnet: {
        name: parts.name,
        vswitchName: parts.vswitchName,
        addressPrefix,
        gateway,
        dnsServers: parts.dnsServers,
        k8sNodeIpPoolStart: nodeStart,
        k8sNodeIpPoolEnd: nodeEnd,
        vipPoolStart: vipStart,
        vipPoolEnd: vipEnd,
        dhcpScopeStart: scopeStart,
        dhcpScopeEnd: scopeEnd,
        vlanId: parts.vlanId,
      },
      cloudService: { hostAddressing: parts.hostAddressing, cloudServiceCidr: cloud, hciHostIp: gateway },
      clusters: parts.clusters,
      services: parts.services,
      options: { vipSharing: parts.vipSharing, growthReserve: parts.growthReserve },
    };
  });

type Edit = (input: PlanInput, text: string) => void;

/** One field of an otherwise sound plan overwritten, so the checks behind the parsing run too. */
const TEXT_EDITS: Readonly<Record<string, Edit>> = {
  name: (input, text) => (input.vnet.name = text),
  vswitchName: (input, text) => (input.vnet.vswitchName = text),
  vlanId: (input, text) => (input.vnet.vlanId = text.slice(0, VLAN_MAX)),
  addressPrefix: (input, text) => (input.vnet.addressPrefix = text.slice(0, ADDRESS_MAX)),
  gateway: (input, text) => (input.vnet.gateway = text.slice(0, ADDRESS_MAX)),
  dnsServer: (input, text) => input.vnet.dnsServers.push(text.slice(0, ADDRESS_MAX)),
  vipPoolEnd: (input, text) => (input.vnet.vipPoolEnd = text.slice(0, ADDRESS_MAX)),
  cloudServiceCidr: (input, text) => (input.cloudService.cloudServiceCidr = text.slice(0, ADDRESS_MAX)),
  clusterName: (input, text) => input.clusters.forEach((cluster) => (cluster.name = text)),
  nodePoolName: (input, text) => input.clusters[0]?.nodePools.push({ name: text, count: 2, osType: "windows" }),
  serviceName: (input, text) => input.services.forEach((service) => (service.name = text)),
  serviceCluster: (input, text) => input.services.forEach((service) => (service.cluster = text)),
};

const editedPlanArb: fc.Arbitrary<PlanInput> = fc
  .tuple(
    fc.oneof(planInputArb, fc.constant(null)),
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(TEXT_EDITS)), fc.oneof(hostileTextArb(NAME_MAX), addressTextArb)), { minLength: 1, maxLength: 3 }),
    fc.option(fc.tuple(fc.nat(), countArb(0))),
  )
  .map(([random, dhcp, edits, count]) => {
    // Cloned: the shared arbitraries hand out the same constant arrays to many plans.
    const input = random === null ? (dhcp ? janeDhcp() : janeStatic()) : structuredClone(random);
    for (const [field, text] of edits) TEXT_EDITS[field]?.(input, text);
    const cluster = count === null ? undefined : input.clusters[count[0] % Math.max(1, input.clusters.length)];
    if (cluster && count !== null) cluster.workerNodes = count[1];
    return input;
  });

/**
 * Sound plans whose only free text that reaches the script, the switch name, is hostile: most of
 * these plans have no errors, so the script is written and its quoting is what gets tested.
 */
const scriptPlanArb: fc.Arbitrary<PlanInput> = fc
  .tuple(fc.constantFrom(janeStatic, janeDhcp, () => generatePlanInput({ clusters: 3, model: "dhcp" })), hostileTextArb(NAME_MAX), fc.nat(4_094))
  .map(([base, vswitchName, vlan]) => {
    const input = base();
    input.vnet.vswitchName = vswitchName;
    input.vnet.vlanId = vlan === 0 ? "" : String(vlan);
    return input;
  });

const ISSUE_PATH = /^(model|vnet|cloudService|clusters|services|options)(\.[A-Za-z0-9]+)*$/;

/** The value at a react-hook-form dot path, so a finding can be shown at the field it names. */
function valueAt(input: PlanInput, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), input);
}

/**
 * A finding names a field of the input, or the next entry of a list ("Enter at least one DNS
 * server" on an empty list sits where the first one goes).
 */
function namesAField(input: PlanInput, path: string): boolean {
  if (valueAt(input, path) !== undefined) return true;
  const parent = valueAt(input, path.slice(0, path.lastIndexOf(".")));
  return Array.isArray(parent) && path.endsWith(`.${parent.length}`);
}

/** What is wrong with the plan's findings and counts; empty when they are well formed. */
function flawsOf(input: PlanInput, plan: Plan): string[] {
  const flaws = plan.issues.flatMap((issue) => {
    const where = `finding at "${issue.path}"`;
    return [
      ISSUE_PATH.test(issue.path) && namesAField(input, issue.path) ? [] : [`${where} names no field`],
      issue.severity === "error" || issue.severity === "warning" ? [] : [`${where} has severity ${String(issue.severity)}`],
      issue.message.trim() !== "" ? [] : [`${where} has no message`],
    ].flat();
  });
  if (plan.errorCount + plan.warningCount !== plan.issues.length) flaws.push("error and warning counts do not add up to the findings");
  for (const [side, count] of Object.entries(plan.need)) {
    if (!Number.isSafeInteger(count) || count < 0) flaws.push(`need.${side} is ${count}`);
  }
  return flaws;
}

/** PowerShell ends a single-quoted literal at any of these; two in a row stand for one. */
const QUOTES = "'\u2018\u2019\u201A\u201B";

/**
 * A script line with each single-quoted literal replaced by L, and the literals' values; null when
 * a literal is left open (the rest of the line would be code).
 */
function tokenize(line: string): { skeleton: string; literals: string[] } | null {
  let skeleton = "";
  const literals: string[] = [];
  let i = 0;
  while (i < line.length) {
    const char = line.charAt(i);
    if (!QUOTES.includes(char)) {
      skeleton += char;
      i += 1;
      continue;
    }
    let value = "";
    i += 1;
    for (;;) {
      if (i >= line.length) return null;
      const inner = line.charAt(i);
      if (QUOTES.includes(inner)) {
        if (!QUOTES.includes(line.charAt(i + 1)) || i + 1 >= line.length) break;
        value += inner;
        i += 2;
      } else {
        value += inner;
        i += 1;
      }
    }
    i += 1;
    skeleton += "L";
    literals.push(value);
  }
  return { skeleton, literals };
}

/** Every command the script may hold, with its literals as L. */
/** The splatted script (issue 14): hashtables one parameter a line, each splatted into its cmdlet. */
const COMMAND_SHAPES = [
  /^\$(subscriptionId|resourceGroupName) = L$/,
  /^\$\w+Parameters = @\{$/,
  /^ {4}\w+ += (L|\d+|@\(L(, L)*\)|\$\w+|\(Join-Path \$env:SystemDrive L\)|\(Get-Credential -Message L\))$/,
  /^\}$/,
  /^\$vnet = New-AksHciNetworkSetting @networkParameters$/,
  /^\$proxySetting = New-AksHciProxySetting @proxyParameters$/,
  /^\$loadBalancer\d+ = New-AksHciLoadBalancerSetting @loadBalancer\d+Parameters$/,
  /^Set-AksHciConfig @configParameters$/,
  /^Set-AksHciRegistration @registrationParameters$/,
  /^Install-AksHci$/,
  /^New-AksHciCluster @cluster\d+Parameters$/,
  /^New-AksHciNodePool @cluster\d+Pool\d+Parameters$/,
];

/** Comments carry only what the script formats itself: printable ASCII, no typed text. */
const COMMENT = /^#[\x20-\x7E]*$/;

/** What is wrong with the script of `input`; empty when every line is a known shape. */
function scriptFlaws(input: PlanInput, script: string): string[] {
  const flaws: string[] = [];
  if (!script.endsWith("\n")) flaws.push("the script does not end with a line break");
  let table = "";
  for (const line of script.slice(0, -1).split("\n")) {
    if (line === "") continue;
    if (line.startsWith("#")) {
      if (!COMMENT.test(line) || /Remove-Item|<img|onerror/.test(line)) flaws.push(`comment carries typed text: ${JSON.stringify(line)}`);
      continue;
    }
    const tokens = tokenize(line);
    if (tokens === null || !COMMAND_SHAPES.some((shape) => shape.test(tokens.skeleton))) {
      flaws.push(`not a known command: ${JSON.stringify(line)}`);
      continue;
    }
    if (line.endsWith("= @{")) table = line;
    const [key] = line.trim().split(" ");
    const expected = table === "$networkParameters = @{" ? { name: input.vnet.name, vswitchName: input.vnet.vswitchName }[key ?? ""] : undefined;
    if (expected !== undefined && tokens.literals[0] !== expected) flaws.push(`names changed on the way into the script: ${JSON.stringify(tokens.literals[0])}`);
  }
  return flaws;
}

let scriptsWritten = 0;

// Plain checks, one expect per run: 10,000 runs of per-finding expects cost more than the planner.
function planIt(input: PlanInput): void {
  expect(planInputSchema.safeParse(input).success, "the generator made a plan the schema refuses").toBe(true);
  const plan = createPlan(input);
  const script = deploymentScript(plan);
  if (script.ok) scriptsWritten += 1;
  const flaws = [...flawsOf(input, plan), ...(script.ok ? scriptFlaws(input, script.script) : script.reason.trim() === "" ? ["script blocked without a reason"] : [])];
  expect(flaws).toEqual([]);
}

/** 10,000 plans take about 5 s on an idle core and ten times that on a machine busy with other work. */
const FUZZ_TIMEOUT_MS = 300_000;

describe("the planner never throws", () => {
  it(
    "on random or hostile text in any field, and counts up to the schema's bounds; scripts stay literal",
    () => {
      scriptsWritten = 0;
      fc.assert(fc.property(fc.oneof(randomPlanArb, editedPlanArb, scriptPlanArb), planIt), settings);
      // The quoting is only tested if scripts are written: a third of the runs aim for that.
      expect(scriptsWritten).toBeGreaterThan(RUNS / 10);
    },
    FUZZ_TIMEOUT_MS,
  );

  it("on lists at the schema's bounds", () => {
    const input = janeStatic();
    input.vnet.dnsServers = Array.from({ length: 16 }, (_, index) => `10.0.0.${index + 10}`);
    input.clusters = Array.from({ length: MAX_CLUSTERS }, (_, index) => ({
      name: HOSTILE_TEXTS[index % HOSTILE_TEXTS.length] ?? "",
      controlPlaneNodes: MAX_COUNT,
      workerNodes: MAX_COUNT,
      nodePools: index === 0 ? Array.from({ length: MAX_NODE_POOLS }, () => ({ name: "pool", count: MAX_COUNT, osType: "windows" as const })) : [],
    }));
    planIt(input);
  });
});
