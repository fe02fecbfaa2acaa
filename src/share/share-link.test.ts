import { crc32 } from "node:zlib";
import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it, vi } from "vitest";
import { janeDhcp, janeStatic, twoNetworks, twoNetworksDhcp, vendorExample } from "../planning/fixtures/plan-inputs";
import { generatePlanInput } from "../planning/generate-plan-input";
import { emptyPlanInput, type NodePoolInput, type PlanInput } from "../planning/plan-input-schema";
import { anyPlanInputArb, planInputArb } from "../planning/test-arbitraries";
import { decodePlanLink, encodePlanLink, isPlanFragment, MAX_LINK_LENGTH, planFingerprint } from "./share-link";

const SEED = 20_261_126;

/** Seals a payload the way v1 does, with Node's own CRC-32, so the checksum is checked against an independent implementation. */
function sealV1(payload: string): string {
  const head = `v1.${payload}`;
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
  const crc = crc32(head);
  const sum = Array.from({ length: 6 }, (_, i) => alphabet[Math.floor(crc / 64 ** i) % 64]).join("");
  return `${head}.${sum}`;
}

const linkOfJson = (json: string) => sealV1(LZString.compressToEncodedURIComponent(json));

function roundTrip(input: PlanInput): PlanInput | string {
  const decoded = decodePlanLink(encodePlanLink(input));
  return decoded.ok ? decoded.input : decoded.message;
}

/** The size case: 50 workload clusters, 200 services, every service its own name. */
function fiftyClusterPlan(): PlanInput {
  const input = generatePlanInput({ clusters: 50, servicesPerCluster: 4 });
  const kinds = ["web", "api", "queue", "db"];
  input.services = input.services.map((service, index) => ({ ...service, name: `${kinds[index % 4]}${Math.floor(index / 4) + 1}` }));
  return input;
}

describe("length budgets", () => {
  it("Jane's link is at most 200 characters", () => {
    const link = encodePlanLink(janeStatic());
    expect(link.length).toBeLessThanOrEqual(200);
  });

  it("a 50-cluster, 200-service plan's link is at most 2,000 characters", () => {
    const input = fiftyClusterPlan();
    expect(input.clusters).toHaveLength(50);
    expect(input.services).toHaveLength(200);
    expect(encodePlanLink(input).length).toBeLessThanOrEqual(2_000);
  });

  it("the benchmark's 50-cluster plan with 4 services each fits as well", () => {
    expect(encodePlanLink(generatePlanInput({ clusters: 50, servicesPerCluster: 4 })).length).toBeLessThanOrEqual(2_000);
  });
});

describe("version 2: cluster networks (issue 10)", () => {
  it("the two-network example's link is under 400 characters", () => {
    const link = encodePlanLink(twoNetworks());
    expect(link.startsWith("v2.")).toBe(true);
    expect(link.length).toBeLessThan(400);
  });

  it.each([
    ["the two-network example", twoNetworks()],
    ["on DHCP", twoNetworksDhcp()],
    [
      "every kind of cluster reference: none, empty, a network, a name no network has, an empty list",
      (() => {
        const input = twoNetworks();
        input.clusters.push({ name: "c", controlPlaneNodes: 1, workerNodes: 1, nodePools: [], network: "" }, { name: "d", controlPlaneNodes: 1, workerNodes: 1, nodePools: [], network: "gone" });
        return input;
      })(),
    ],
    ["networks listed, no cluster on them", (() => ({ ...janeStatic(), clusterNetworks: twoNetworks().clusterNetworks ?? [] }))()],
    ["an empty list of networks", (() => ({ ...janeStatic(), clusterNetworks: [] }))()],
    ["a cluster naming a network, none listed", (() => ({ ...janeStatic(), clusters: [{ ...janeStatic().clusters[0]!, network: "x" }] }))()],
  ])("%s decodes to exactly the plan it holds", (_name, input) => {
    expect(roundTrip(input)).toEqual(input);
  });

  it("keeps plans without cluster networks on version 1, so their links do not change", () => {
    expect(encodePlanLink(janeStatic()).startsWith("v1.")).toBe(true);
    expect(planFingerprint(twoNetworks())).not.toBe(planFingerprint({ ...twoNetworks(), clusterNetworks: [] }));
  });
});

describe("round trip", () => {
  it.each([
    ["Jane, static", janeStatic()],
    ["Jane, DHCP", janeDhcp()],
    ["the vendor's example", vendorExample()],
    ["an empty plan", emptyPlanInput()],
    ["50 clusters, 200 services", fiftyClusterPlan()],
  ])("%s comes back unchanged", (_, input) => {
    expect(roundTrip(input)).toEqual(input);
  });

  it("keeps text the compact form treats specially exactly as typed", () => {
    const input = janeStatic();
    input.vnet.gateway = "010.0.0.1";
    input.vnet.dnsServers = [" 10.0.0.10", "10.0.0.300", "9.255.255.255", ""];
    input.vnet.k8sNodeIpPoolStart = "255.255.255.255";
    input.vnet.vipPoolStart = "0.0.0.0";
    input.cloudService.cloudServiceCidr = "10.0.1.10/33";
    input.cloudService.hciHostIp = "10.0.1.10/24";
    input.services = [
      { name: "x", port: 1, instances: 1, cluster: "nosuchcluster" },
      { name: "y", port: 2, instances: 2, cluster: "clusterb" },
      { name: "z", port: 3, instances: 3, cluster: "" },
      { name: "w", port: 4, instances: 4, cluster: "clustera" },
    ];
    expect(roundTrip(input)).toEqual(input);
  });

  it("keeps the optional load balancer, storage paths and proxy exactly, and leaves them out when unset", () => {
    const input = janeStatic();
    input.clusters[1]!.loadBalancer = "none";
    input.storage = { imageDir: "C:\\ClusterStorage\\Volume1\\Images", workingDir: "%systemdrive%\\AksHci", cloudConfigLocation: "\\\\fs\\wssd" };
    input.proxy = { enabled: true, http: "http://proxy:3128", https: "", noProxy: "localhost,.svc,10.0.0.0/24", credential: true };
    expect(decodePlanLink(encodePlanLink(input))).toEqual({ ok: true, input });
    const decoded = decodePlanLink(encodePlanLink(janeStatic()));
    expect(decoded.ok && ["storage" in decoded.input, "proxy" in decoded.input, decoded.input.clusters.some((cluster) => "loadBalancer" in cluster)]).toEqual([false, false, false]);
  });

  it("carries counts that do not read as typed, so the colleague sees the same errors", () => {
    const input: PlanInput = janeStatic();
    input.clusters[0] = { ...input.clusters[0]!, workerNodes: "" };
    input.clusters[1] = { ...input.clusters[1]!, controlPlaneNodes: "0" };
    input.services[0] = { ...input.services[0]!, port: "https" };
    expect(roundTrip(input)).toEqual(input);
  });

  it("keeps node pools and their OS types", () => {
    const input: PlanInput = janeStatic();
    const pools: NodePoolInput[] = [
      { name: "linuxpool", count: 3, osType: "linux" },
      { name: "winpool", count: 2, osType: "windows" },
    ];
    input.clusters = input.clusters.map((cluster, index) => ({ ...cluster, nodePools: index === 0 ? pools : [] }));
    expect(roundTrip(input)).toEqual(input);
  });

  const nodePoolArb = fc.record({ name: fc.string({ maxLength: 8 }), count: fc.nat({ max: 100 }), osType: fc.constantFrom("linux" as const, "windows" as const) });
  const withPoolsArb = fc
    .tuple(planInputArb, fc.array(fc.array(nodePoolArb, { maxLength: 3 }), { maxLength: 6 }), fc.string({ unit: "binary", maxLength: 30 }))
    .map(([input, pools, text]): PlanInput => ({
      ...input,
      vnet: { ...input.vnet, name: text, vlanId: text.slice(0, 16) },
      clusters: input.clusters.map((cluster, index) => ({ ...cluster, nodePools: pools[index] ?? [] })),
    }));

  it.each([
    ["sensible plans", planInputArb],
    ["any schema-valid plan, garbage text included", anyPlanInputArb],
    ["plans with node pools and any Unicode text", withPoolsArb],
  ])("holds for %s", (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(roundTrip(input)).toEqual(input);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("two inputs have the same fingerprint exactly when they hold the same plan", () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (typeof value !== "object" || value === null) return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversed(inner)]));
    };
    const reordered = reversed(janeStatic()) as PlanInput;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(janeStatic()));
    expect(planFingerprint(reordered)).toBe(planFingerprint(janeStatic()));
    expect(planFingerprint(janeDhcp())).not.toBe(planFingerprint(janeStatic()));
  });
});

describe("damaged links", () => {
  const jane = encodePlanLink(janeStatic());

  it.each([
    ["empty", "", /^This link is damaged: it holds no plan/],
    ["only the hash", "#", /^This link is damaged: it holds no plan/],
    ["garbage", "hello world", /^This link is damaged: it does not start with a planner version/],
    ["the version alone", "v1", /^This link is damaged: it is cut short/],
    ["cut before the checksum", jane.slice(0, 120), /^This link is damaged: it is cut short/],
    ["cut inside the checksum", jane.slice(0, -2), /^This link is damaged: it is cut short/],
    ["a checksum that does not match", `${jane.slice(0, -1)}${jane.endsWith("A") ? "B" : "A"}`, /^This link is damaged: it was changed or cut short/],
    ["a version that never existed", "v0.abc.def", /^This link is damaged: no version of the planner made links of version "v0"/],
    ["a version written with a leading zero", `v01${jane.slice(2)}`, /^This link is damaged: no version of the planner made links of version "v01"/],
    ["a newer version", "v9.NoBgNMBEB.AAAAAA", /^This link was made by a newer version of the planner \(v9\)/],
    ["huge", `v1.${"A".repeat(1_000_000)}.AAAAAA`, /^This link is damaged: it is 1,000,010 characters long/],
    ["a payload that is not lz-string", sealV1("!!!!"), /^This link is damaged: it holds no plan/],
    ["valid JSON but an object", linkOfJson('{"model":"static"}'), /^This link is damaged: what it holds is not a plan/],
    ["valid JSON but a number", linkOfJson("42"), /^This link is damaged: what it holds is not a plan/],
    ["columns of different lengths", linkOfJson('[0,[],[],[["a","b"],[1],[2,3]]]'), /^This link is damaged: what it holds is not a plan/],
    ["an address offset past 255.255.255.255", linkOfJson('[0,["v","s","255.255.255.0/24",300]]'), /^This link is damaged: what it holds is not a plan/],
    ["an unknown model", linkOfJson("[7]"), /^This link is damaged: what it holds is not a valid plan/],
    ["a count out of range", linkOfJson('[0,[],[],[["a"],[0],[2]]]'), /^This link is damaged: what it holds is not a valid plan/],
    ["a service in a cluster number that does not exist", linkOfJson('[0,[],[],[],[["a"],[80],[1],[5]]]'), /^This link is damaged: what it holds is not a valid plan/],
  ])("%s", (_, fragment, message) => {
    const decoded = decodePlanLink(fragment);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? "" : decoded.message).toMatch(message);
  });

  it("every one-character change of Jane's link is caught", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.";
    for (let position = 0; position < jane.length; position += 1) {
      for (const replacement of [alphabet[(alphabet.indexOf(jane[position] ?? "") + 1) % alphabet.length], "x", "."]) {
        const changed = `${jane.slice(0, position)}${replacement}${jane.slice(position + 1)}`;
        if (changed !== jane) expect(decodePlanLink(changed).ok, `changed at ${position} to ${replacement}`).toBe(false);
      }
    }
  });

  it("every cut of Jane's link is caught", () => {
    for (let length = 0; length < jane.length; length += 1) {
      expect(decodePlanLink(jane.slice(0, length)).ok, `cut to ${length}`).toBe(false);
    }
  });

  it("refuses a link longer than any plan link by its length, before decompressing it", () => {
    const decompress = vi.spyOn(LZString, "decompressFromEncodedURIComponent");
    const decoded = decodePlanLink(`v1.${"A".repeat(MAX_LINK_LENGTH)}.AAAAAA`);
    expect(decoded).toEqual({ ok: false, message: expect.stringContaining("more than any plan link holds") });
    expect(decompress).not.toHaveBeenCalled();
    decompress.mockRestore();
  });
});

describe("links as they arrive", () => {
  const jane = encodePlanLink(janeStatic());

  it.each([
    ["with its hash", `#${jane}`],
    ["wrapped over lines by a mail client", `${jane.slice(0, 60)}\n  ${jane.slice(60, 130)}\r\n${jane.slice(130)}`],
    ["percent-encoded", encodeURIComponent(jane).replaceAll("-", "%2D")],
  ])("opens %s", (_, fragment) => {
    expect(decodePlanLink(fragment)).toEqual({ ok: true, input: janeStatic() });
  });

  it.each([
    ["#v1.abc", true],
    ["v9", true],
    ["#v1", true],
    ["", false],
    ["#", false],
    ["#main-content", false],
    ["#vnet", false],
  ])("%s is a plan fragment: %s", (fragment, expected) => {
    expect(isPlanFragment(fragment)).toBe(expected);
  });
});
