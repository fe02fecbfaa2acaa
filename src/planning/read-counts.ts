import { error } from "./checks-shared";
import { groupDigits } from "./group-digits";
import type { PlanIssue } from "./plan";
import {
  boundMessage,
  COUNT_BOUNDS,
  type CountedCluster,
  type CountedGrowthReserve,
  type CountedInput,
  type CountedService,
  type CountKey,
  type GrowthReserveInput,
  type PlanInput,
  type ServiceInput,
  type WorkloadClusterInput,
} from "./plan-input-schema";

/** The counts of the plan as numbers, and what did not read as one. */
export interface CountReading {
  counted: CountedInput;
  /** One error per count that does not read, at its field. */
  issues: PlanIssue[];
  /** Paths of those counts: each stands at its lower bound in `counted`, so the figures are incomplete. */
  unread: string[];
}

/** How an error names the count: "Enter the number of worker nodes". */
const NOUNS: Record<CountKey, string> = {
  controlPlaneNodes: "control plane nodes",
  workerNodes: "worker nodes",
  count: "nodes in the pool",
  instances: "instances",
  port: "port",
  clusters: "reserved clusters",
};

type Reading = { ok: true; value: number } | { ok: false; message: string };

/**
 * One count as the rules need it. A number is checked against the same bounds as the schema (code
 * can build inputs the schema never saw); text is what the admin typed and reads when it is digits.
 * @example readCount("", "workerNodes") // { ok: false, message: "Enter the number of worker nodes: ..." }
 */
export function readCount(entry: number | string, key: CountKey): Reading {
  const { min, max } = COUNT_BOUNDS[key];
  if (typeof entry === "string") {
    const text = entry.trim();
    if (text === "") return { ok: false, message: key === "port" ? `Enter a port: ${rangeOf(key)}` : `Enter the number of ${NOUNS[key]}: ${rangeOf(key)}` };
    if (!/^\d{1,16}$/.test(text)) return { ok: false, message: `"${text}" is not a whole number: enter the ${NOUNS[key]} in digits only, ${rangeOf(key)}` };
    return readCount(Number(text), key);
  }
  if (!Number.isInteger(entry)) return { ok: false, message: `Enter the ${NOUNS[key]} as ${rangeOf(key)}` };
  if (entry < min) return { ok: false, message: boundMessage(key, "min") };
  if (entry > max) return { ok: false, message: boundMessage(key, "max") };
  return { ok: true, value: entry };
}

function rangeOf(key: CountKey): string {
  const { min, max } = COUNT_BOUNDS[key];
  return `a whole number from ${groupDigits(min)} to ${groupDigits(max)}`;
}

/**
 * Reads every count of the plan once, before any rule runs: the rules then see numbers only, and
 * a count that does not read is one error at its field instead of a stale value counted silently.
 * Rows whose counts are all numbers are passed on as they are: a 10,000-service plan copies nothing.
 */
export function readCounts(input: PlanInput): CountReading {
  const issues: PlanIssue[] = [];
  const unread: string[] = [];
  const read = (entry: number | string, key: CountKey, path: string): number => {
    const reading = readCount(entry, key);
    if (reading.ok) return reading.value;
    issues.push(error(path, reading.message));
    unread.push(path);
    return COUNT_BOUNDS[key].min;
  };
  const clusters = input.clusters.map((cluster, index) => readCluster(cluster, `clusters.${index}`, read));
  const services = input.services.map((service, index) => readService(service, `services.${index}`, read));
  const growthReserve = readReserve(input.options.growthReserve, read);
  const counted: CountedInput = { ...input, clusters, services, options: { ...input.options, growthReserve } };
  return { counted, issues, unread };
}

type Read = (entry: number | string, key: CountKey, path: string) => number;

function reads(entry: number | string, key: CountKey): boolean {
  return typeof entry === "number" && readCount(entry, key).ok;
}

function readCluster(cluster: WorkloadClusterInput, path: string, read: Read): CountedCluster {
  const fine = reads(cluster.controlPlaneNodes, "controlPlaneNodes") && reads(cluster.workerNodes, "workerNodes") && cluster.nodePools.every((pool) => reads(pool.count, "count"));
  if (fine) return cluster as CountedCluster;
  return {
    ...cluster,
    controlPlaneNodes: read(cluster.controlPlaneNodes, "controlPlaneNodes", `${path}.controlPlaneNodes`),
    workerNodes: read(cluster.workerNodes, "workerNodes", `${path}.workerNodes`),
    nodePools: cluster.nodePools.map((pool, index) => ({ ...pool, count: read(pool.count, "count", `${path}.nodePools.${index}.count`) })),
  };
}

function readService(service: ServiceInput, path: string, read: Read): CountedService {
  if (reads(service.port, "port") && reads(service.instances, "instances")) return service as CountedService;
  return { ...service, port: read(service.port, "port", `${path}.port`), instances: read(service.instances, "instances", `${path}.instances`) };
}

function readReserve(reserve: GrowthReserveInput, read: Read): CountedGrowthReserve {
  const at = "options.growthReserve";
  return {
    clusters: read(reserve.clusters, "clusters", `${at}.clusters`),
    controlPlaneNodes: read(reserve.controlPlaneNodes, "controlPlaneNodes", `${at}.controlPlaneNodes`),
    workerNodes: read(reserve.workerNodes, "workerNodes", `${at}.workerNodes`),
  };
}

/** The kind of count a field path holds ("clusters.0.workerNodes" -> "workerNodes"); null for other fields. */
export function countKeyOfPath(path: string): CountKey | null {
  const key = path.slice(path.lastIndexOf(".") + 1);
  if (!Object.hasOwn(COUNT_BOUNDS, key)) return null;
  // "clusters" is a count only as the growth reserve's; elsewhere it is the list of clusters.
  return key === "clusters" && path !== "options.growthReserve.clusters" ? null : (key as CountKey);
}

/**
 * What the plan keeps for a count field's text: the number when it reads, else the text as typed,
 * so the draft, the link and the planner all see what the field shows.
 * @example countEntryOf("3", "workerNodes") // 3
 * @example countEntryOf("0", "controlPlaneNodes") // "0"
 */
export function countEntryOf(text: string, key: CountKey): number | string {
  const reading = readCount(text, key);
  return reading.ok ? reading.value : text;
}
