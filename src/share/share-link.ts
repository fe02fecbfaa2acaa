import LZString from "lz-string";
import { validatePlanInput } from "../planning/parse-plan-input";
import type { PlanInput } from "../planning/plan-input-schema";

/**
 * Share links: the whole plan input in the URL fragment (after "#", so it never reaches a server
 * log), as `v<version>.<payload>.<checksum>`.
 *
 * Codec: lz-string's `compressToEncodedURIComponent`. It is small (about 1.5 KB gzipped), synchronous
 * (the link can be read before the first render and written inside a click handler, where the
 * clipboard wants it), its output alphabet (A-Z a-z 0-9 + - $) needs no escaping in a fragment, and
 * it has been stable and maintained for a decade. The browser's CompressionStream with base64url
 * would be native, but it is asynchronous and deflate's headers cost more than they save on the
 * few hundred bytes of a plan.
 *
 * Compression alone does not reach the length budgets (Jane's link <= 200 characters), so the payload
 * is a compact JSON form of the input (see `toCompactV1`) rather than the plan file's JSON, and the
 * decoder rebuilds the full input and validates it with the same schema as a plan file
 * (`validatePlanInput`), so a link can never smuggle in anything a plan file could not hold.
 *
 * The checksum (CRC-32 of everything before it) catches links cut short or changed by hand: lz-string
 * decodes most altered payloads to a different but well-formed plan, which would load silently.
 *
 * Versions: each version's decoder stays forever (share-link.frozen.test.ts holds a frozen link of
 * each); a new format gets a new version and its own decoder.
 */

export type DecodedPlanLink = { ok: true; input: PlanInput } | { ok: false; message: string };

export const CURRENT_LINK_VERSION = 1;
/**
 * Longest fragment the decoder accepts. lz-string can expand a crafted payload quadratically; at this
 * length the worst case stays around 30 MB of text and a fraction of a second, while a 50-cluster,
 * 200-service plan takes about 2,000 characters.
 */
export const MAX_LINK_LENGTH = 16_000;
const MAX_DECOMPRESSED_LENGTH = 2_000_000;

const DAMAGED = "This link is damaged:";
const ASK_AGAIN = "ask for the link again, or for the plan file (JSON)";

/** True when the fragment looks like a plan link of any version, damaged or not. */
export function isPlanFragment(fragment: string): boolean {
  return /^#?v\d/.test(fragment.trim());
}

/**
 * The fragment text (without "#") that holds the plan input.
 * @example encodePlanLink(jane) // "v1.NoBgNMBEB...Kw.Ab3$9x"
 */
export function encodePlanLink(input: PlanInput): string {
  const head = `v1.${LZString.compressToEncodedURIComponent(JSON.stringify(toCompactV1(input)))}`;
  return `${head}.${checksum(head)}`;
}

/**
 * The plan input a link holds, or the reason it holds none. Accepts the fragment with or without
 * its "#". Never throws.
 */
export function decodePlanLink(fragment: string): DecodedPlanLink {
  try {
    return decodeAnyVersion(normalizeFragment(fragment));
  } catch {
    return damaged(`it could not be read (${ASK_AGAIN}).`);
  }
}

/**
 * A text that is equal for two inputs exactly when they hold the same plan, whatever the key order
 * of the objects that carry them.
 */
export function planFingerprint(input: PlanInput): string {
  return JSON.stringify(toCompactV1(input));
}

function damaged(reason: string): DecodedPlanLink {
  return { ok: false, message: `${DAMAGED} ${reason}` };
}

/** Mail clients wrap long links and percent-encode characters such as "$": undo both. */
function normalizeFragment(fragment: string): string {
  let text = fragment.trim().replace(/^#/, "");
  if (text.length > MAX_LINK_LENGTH * 3) return text;
  if (text.includes("%")) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not percent-encoding after all: the checksum decides.
    }
  }
  return text.replace(/\s+/g, "");
}

const decoders: Readonly<Record<number, (body: string) => DecodedPlanLink>> = { 1: decodeV1 };

function decodeAnyVersion(text: string): DecodedPlanLink {
  if (text === "") return damaged(`it holds no plan (${ASK_AGAIN}).`);
  if (text.length > MAX_LINK_LENGTH) {
    return damaged(`it is ${text.length.toLocaleString("en-US")} characters long, more than any plan link holds (${MAX_LINK_LENGTH.toLocaleString("en-US")}).`);
  }
  const version = /^v(\d{1,9})(?:\.|$)/.exec(text);
  if (!version?.[1]) return damaged(`it does not start with a planner version such as "v1." (${ASK_AGAIN}).`);
  const number = Number(version[1]);
  if (number > CURRENT_LINK_VERSION) {
    return {
      ok: false,
      message: `This link was made by a newer version of the planner (v${number}) than this one (v${CURRENT_LINK_VERSION}): open it in the newest planner, or ask for the plan file (JSON).`,
    };
  }
  const decoder = decoders[number];
  if (!decoder || version[1] !== String(number)) return damaged(`no version of the planner made links of version "v${version[1]}".`);
  return decoder(text);
}

function decodeV1(text: string): DecodedPlanLink {
  const lastDot = text.lastIndexOf(".");
  const head = text.slice(0, lastDot);
  const sum = text.slice(lastDot + 1);
  if (lastDot <= "v1".length || sum.length < CHECKSUM_LENGTH) return damaged(`it is cut short: copy the whole link, or ${ASK_AGAIN}.`);
  if (sum !== checksum(head)) return damaged(`it was changed or cut short after it was made (its checksum does not match): ${ASK_AGAIN}.`);
  const json = LZString.decompressFromEncodedURIComponent(head.slice("v1.".length));
  if (!json || json.length > MAX_DECOMPRESSED_LENGTH) return damaged(`it holds no plan (${ASK_AGAIN}).`);
  let compact: unknown;
  try {
    compact = JSON.parse(json);
  } catch {
    return damaged(`it holds no plan (${ASK_AGAIN}).`);
  }
  const raw = expandOrNull(compact);
  if (raw === null) return damaged(`what it holds is not a plan (${ASK_AGAIN}).`);
  const validated = validatePlanInput(raw);
  if (!validated.ok) return damaged(`what it holds is not a valid plan (${validated.message.replace(/^Not a plan: /, "")}).`);
  return { ok: true, input: validated.input };
}

// ---------------------------------------------------------------------------------------------
// Version 1 compact form: a JSON array, positions instead of keys, trailing defaults dropped.
//
//   [model, vnet, cloudService, clusters, services, options]
//   model         0 static, 1 dhcp
//   vnet          [name, vswitchName, addressPrefix, gateway, dnsServers[], k8sNodeIpPoolStart,
//                  k8sNodeIpPoolEnd, vipPoolStart, vipPoolEnd, dhcpScopeStart, dhcpScopeEnd, vlanId]
//   cloudService  [hostAddressing (0 static, 1 dhcp), cloudServiceCidr, hciHostIp]
//   clusters      column-wise: [names[], controlPlaneNodes[], workerNodes[], nodePools[]?];
//                 nodePools (left out when no cluster has any) holds per cluster a list of
//                 [name, count, osType (0 linux, 1 windows)]
//   services      column-wise: [names[], ports[], instances[], clusters[]]; a cluster is the text
//                 itself when it names no workload cluster, else a number: the step from the previous
//                 number's cluster to this one's, counting clusters from 1 and "none" as 0 (services
//                 listed cluster by cluster give runs of 0, which compress to almost nothing)
//   options       [vipSharing (1 on, 0 off), reserve clusters, reserve control plane nodes,
//                  reserve workers]
//   extras        (left out when none is set, so links made before it existed read unchanged)
//                 [loadBalancers, storage, proxy], each null when the plan leaves it out:
//                 loadBalancers per cluster 0 haproxy, 1 none, null unset; storage [imageDir,
//                 workingDir, cloudConfigLocation]; proxy [enabled (1/0), http, https, noProxy,
//                 credential (1/0)]
//
// An address written the canonical way (10.0.0.20) is the number of addresses it lies past the
// address prefix's own address (20), or past 0.0.0.0 when the prefix is no address; an address
// with a prefix length (10.0.1.10/24) is [offset, length]. Anything else stays text, as typed.
// Column-wise lists put alike values side by side, which is what lz-string compresses best.
// ---------------------------------------------------------------------------------------------

type Compact = unknown[];

const MODELS = ["static", "dhcp"] as const;
const OS_TYPES = ["linux", "windows"] as const;
const EMPTY_VNET: Compact = ["", "", "", "", [], "", "", "", "", "", "", ""];
const DEFAULT_CLOUD: Compact = [0, "", ""];
const DEFAULT_OPTIONS: Compact = [1, 0, 1, 2];
const NO_EXTRAS: Compact = [null, null, null];
const DEFAULT_TOP: Compact = [0, EMPTY_VNET, DEFAULT_CLOUD, [], [], DEFAULT_OPTIONS, NO_EXTRAS];
const LOAD_BALANCERS = ["haproxy", "none"] as const;

function toCompactV1(input: PlanInput): Compact {
  const base = addressBase(input.vnet.addressPrefix);
  const address = (text: string) => compactAddress(text, base);
  const { vnet, cloudService, options } = input;
  const clusterNames = input.clusters.map((cluster) => cluster.name);
  return withoutTrailingDefaults(
    [
      MODELS.indexOf(input.model),
      withoutTrailingDefaults(
        [
          vnet.name,
          vnet.vswitchName,
          vnet.addressPrefix,
          address(vnet.gateway),
          vnet.dnsServers.map(address),
          address(vnet.k8sNodeIpPoolStart),
          address(vnet.k8sNodeIpPoolEnd),
          address(vnet.vipPoolStart),
          address(vnet.vipPoolEnd),
          address(vnet.dhcpScopeStart),
          address(vnet.dhcpScopeEnd),
          vnet.vlanId,
        ],
        EMPTY_VNET,
      ),
      withoutTrailingDefaults(
        [MODELS.indexOf(cloudService.hostAddressing), compactCidr(cloudService.cloudServiceCidr, base), address(cloudService.hciHostIp)],
        DEFAULT_CLOUD,
      ),
      compactClusters(input.clusters),
      input.services.length === 0
        ? []
        : [
            input.services.map((service) => service.name),
            input.services.map((service) => service.port),
            input.services.map((service) => service.instances),
            clusterRefs(input.services, clusterNames),
          ],
      [options.vipSharing ? 1 : 0, options.growthReserve.clusters, options.growthReserve.controlPlaneNodes, options.growthReserve.workerNodes],
      withoutTrailingDefaults(compactExtras(input), NO_EXTRAS),
    ],
    DEFAULT_TOP,
  );
}

function compactExtras(input: PlanInput): Compact {
  const { storage, proxy } = input;
  return [
    input.clusters.some((cluster) => cluster.loadBalancer !== undefined)
      ? input.clusters.map((cluster) => (cluster.loadBalancer === undefined ? null : LOAD_BALANCERS.indexOf(cluster.loadBalancer)))
      : null,
    storage ? [storage.imageDir, storage.workingDir, storage.cloudConfigLocation] : null,
    proxy ? [proxy.enabled ? 1 : 0, proxy.http, proxy.https, proxy.noProxy, proxy.credential ? 1 : 0] : null,
  ];
}

/** The optional fields back; each absent one stays absent, so a link decodes to exactly what was shared. */
function expandExtras(extras: unknown, clusters: Array<Record<string, unknown>>): Record<string, unknown> | null {
  if (!Array.isArray(extras) || extras.length > NO_EXTRAS.length) return null;
  const [loadBalancers, storage, proxy] = fill(extras, NO_EXTRAS);
  const result: Record<string, unknown> = {};
  if (loadBalancers !== null) {
    if (!Array.isArray(loadBalancers) || loadBalancers.length !== clusters.length) return null;
    loadBalancers.forEach((value, index) => {
      const cluster = clusters[index];
      if (cluster && value !== null) cluster.loadBalancer = lookup(LOAD_BALANCERS, value);
    });
  }
  if (storage !== null) {
    if (!Array.isArray(storage)) return null;
    const [imageDir, workingDir, cloudConfigLocation] = storage;
    result.storage = { imageDir, workingDir, cloudConfigLocation };
  }
  if (proxy !== null) {
    if (!Array.isArray(proxy)) return null;
    const [enabled, http, https, noProxy, credential] = proxy;
    result.proxy = { enabled: flag(enabled), http, https, noProxy, credential: flag(credential) };
  }
  return result;
}

function flag(value: unknown): unknown {
  return value === 1 ? true : value === 0 ? false : value;
}

/** Services are usually listed cluster by cluster: steps between cluster numbers are mostly 0. */
function clusterRefs(services: PlanInput["services"], clusterNames: string[]): (number | string)[] {
  let previous = 0;
  return services.map((service) => {
    const number = service.cluster === "" ? 0 : clusterNames.indexOf(service.cluster) + 1;
    if (number === 0 && service.cluster !== "") return service.cluster;
    const step = number - previous;
    previous = number;
    return step;
  });
}

function compactClusters(clusters: PlanInput["clusters"]): Compact {
  if (clusters.length === 0) return [];
  const columns: Compact = [clusters.map((c) => c.name), clusters.map((c) => c.controlPlaneNodes), clusters.map((c) => c.workerNodes)];
  if (clusters.some((cluster) => cluster.nodePools.length > 0)) {
    columns.push(clusters.map((c) => c.nodePools.map((pool) => [pool.name, pool.count, OS_TYPES.indexOf(pool.osType)])));
  }
  return columns;
}

function withoutTrailingDefaults(values: Compact, defaults: Compact): Compact {
  let length = values.length;
  while (length > 0 && JSON.stringify(values[length - 1]) === JSON.stringify(defaults[length - 1])) length -= 1;
  return values.slice(0, length);
}

/** Rebuilds the plan input's shape; null when the structure is not v1's. Types are the schema's job. */
function fromCompactV1(compact: unknown): Record<string, unknown> | null {
  if (!Array.isArray(compact) || compact.length > DEFAULT_TOP.length) return null;
  const [model, vnet, cloud, clusters, services, options, extras] = fill(compact, DEFAULT_TOP);
  if (![vnet, cloud, clusters, services, options].every(Array.isArray)) return null;
  const vnetFields = fill(vnet as unknown[], EMPTY_VNET);
  const [name, vswitchName, addressPrefix, gateway, dnsServers, nodeStart, nodeEnd, vipStart, vipEnd, scopeStart, scopeEnd, vlanId] = vnetFields;
  if (vnetFields.length > EMPTY_VNET.length || !Array.isArray(dnsServers)) return null;
  const base = typeof addressPrefix === "string" ? addressBase(addressPrefix) : 0;
  const address = (value: unknown) => expandAddress(value, base);
  const [hostAddressing, cloudServiceCidr, hciHostIp] = fill(cloud as unknown[], DEFAULT_CLOUD);
  const workloadClusters = expandClusters(clusters as unknown[]);
  const clusterNames = workloadClusters?.map((cluster) => cluster.name) ?? [];
  const planServices = expandServices(services as unknown[], clusterNames);
  const [vipSharing, reserveClusters, reserveControlPlanes, reserveWorkers] = fill(options as unknown[], DEFAULT_OPTIONS);
  if (!workloadClusters || !planServices) return null;
  const optional = expandExtras(extras, workloadClusters as Array<Record<string, unknown>>);
  if (optional === null) return null;
  return {
    model: lookup(MODELS, model),
    vnet: {
      name,
      vswitchName,
      addressPrefix,
      gateway: address(gateway),
      dnsServers: dnsServers.map(address),
      k8sNodeIpPoolStart: address(nodeStart),
      k8sNodeIpPoolEnd: address(nodeEnd),
      vipPoolStart: address(vipStart),
      vipPoolEnd: address(vipEnd),
      dhcpScopeStart: address(scopeStart),
      dhcpScopeEnd: address(scopeEnd),
      vlanId,
    },
    cloudService: { hostAddressing: lookup(MODELS, hostAddressing), cloudServiceCidr: expandCidr(cloudServiceCidr, base), hciHostIp: address(hciHostIp) },
    clusters: workloadClusters,
    services: planServices,
    options: {
      vipSharing: vipSharing === 1 ? true : vipSharing === 0 ? false : vipSharing,
      growthReserve: { clusters: reserveClusters, controlPlaneNodes: reserveControlPlanes, workerNodes: reserveWorkers },
    },
    ...optional,
  };
}

function expandOrNull(compact: unknown): Record<string, unknown> | null {
  try {
    return fromCompactV1(compact);
  } catch {
    return null;
  }
}

function fill(values: unknown[], defaults: Compact): unknown[] {
  return defaults.map((fallback, index) => (index < values.length ? values[index] : fallback)).concat(values.slice(defaults.length));
}

function lookup(names: readonly string[], value: unknown): unknown {
  return typeof value === "number" ? names[value] : value;
}

/** Equal-length lists side by side (no lists at all for none), or null. */
function columns(compact: unknown[]): unknown[][] | null {
  if (!compact.every(Array.isArray)) return null;
  const lists = compact as unknown[][];
  return lists.every((list) => list.length === lists[0]?.length) ? lists : null;
}

function expandClusters(compact: unknown[]): Record<string, unknown>[] | null {
  const lists = columns(compact);
  if (!lists || (lists.length !== 0 && lists.length !== 3 && lists.length !== 4)) return null;
  const [names = [], controlPlanes = [], workers = [], pools] = lists;
  const poolsOf = (list: unknown): unknown =>
    Array.isArray(list) ? list.map((pool: unknown) => (Array.isArray(pool) ? { name: pool[0], count: pool[1], osType: lookup(OS_TYPES, pool[2]) } : pool)) : list;
  return names.map((name, index) => ({
    name,
    controlPlaneNodes: controlPlanes[index],
    workerNodes: workers[index],
    nodePools: pools ? poolsOf(pools[index]) : [],
  }));
}

function expandServices(compact: unknown[], clusterNames: unknown[]): Record<string, unknown>[] | null {
  const lists = columns(compact);
  if (!lists || (lists.length !== 0 && lists.length !== 4)) return null;
  const [names = [], ports = [], instances = [], clusters = []] = lists;
  let previous = 0;
  const clusterOf = (value: unknown): unknown => {
    if (typeof value !== "number") return value;
    previous += value;
    return previous === 0 ? "" : clusterNames[previous - 1];
  };
  return names.map((name, index) => ({ name, port: ports[index], instances: instances[index], cluster: clusterOf(clusters[index]) }));
}

// ---- addresses ---------------------------------------------------------------------------------

const QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const TWO_TO_32 = 2 ** 32;

/**
 * The number of a dotted quad written the canonical way (no leading zeros, no spaces), else null.
 * Deliberately not the planner's parser: this only decides whether text survives a round trip as
 * a number, and v1 links must decode the same way forever.
 */
function canonicalQuad(text: string): number | null {
  const parts = QUAD.exec(text);
  if (!parts) return null;
  const octets = parts.slice(1).map(Number);
  if (octets.some((octet, i) => octet > 255 || String(octet) !== parts[i + 1])) return null;
  return octets.reduce((value, octet) => value * 256 + octet, 0);
}

function quadText(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

function addressBase(prefix: string): number {
  return canonicalQuad(prefix.split("/")[0] ?? "") ?? 0;
}

function compactAddress(text: string, base: number): string | number {
  const value = canonicalQuad(text);
  return value === null ? text : value - base;
}

function compactCidr(text: string, base: number): string | Compact {
  const [address = "", length, ...rest] = text.split("/");
  const value = canonicalQuad(address);
  if (value === null || length === undefined || rest.length > 0 || !/^(\d|[12]\d|3[0-2])$/.test(length)) return text;
  return [value - base, Number(length)];
}

/** Throws on numbers no address can be: the caller turns that into "damaged". */
function expandAddress(value: unknown, base: number): unknown {
  if (typeof value !== "number") return value;
  const address = base + value;
  if (!Number.isInteger(address) || address < 0 || address >= TWO_TO_32) throw new Error("not an address");
  return quadText(address);
}

function expandCidr(value: unknown, base: number): unknown {
  if (!Array.isArray(value)) return value;
  const [offset, length] = value as unknown[];
  if (value.length !== 2 || typeof length !== "number" || !Number.isInteger(length) || length < 0 || length > 32) throw new Error("not a CIDR");
  return `${String(expandAddress(offset, base))}/${length}`;
}

// ---- checksum ----------------------------------------------------------------------------------

const CHECKSUM_LENGTH = 6;
const CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE) in six characters of lz-string's URI alphabet; it detects every one-character change. */
function checksum(text: string): string {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i += 1) {
    crc = (crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  let out = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i += 1) {
    out += CHECKSUM_ALPHABET[Math.floor(crc / 64 ** i) % 64];
  }
  return out;
}
