import type { PlanInput } from "../planning/plan-input-schema";
import { poolsOf } from "../planning/pools";

/**
 * The fields a step's form shows: every path it has a field (or a field group) for, given the input.
 * A finding of the step at any other path is listed at the top of the step instead of being lost.
 */
export interface StepFields {
  paths: (input: PlanInput) => string[];
  /**
   * paths(input).includes(path), answered without listing them: a long list's step matches the shape
   * of its rows' paths instead, since a plan's 49,000 findings are each asked once per keystroke.
   */
  places?: (input: PlanInput, path: string) => boolean;
  /**
   * What `places` depends on, as text (the rows of a long list and their sub-rows, not what is typed
   * in them): while it reads the same, a path's answer is looked up instead of asked again.
   */
  shape?: (input: PlanInput) => string;
}

export const NO_FIELDS: StepFields = { paths: () => [] };

export const NETWORK_MODEL_FIELDS: StepFields = { paths: () => ["model", "cloudService.hostAddressing"] };

/** The fields of one virtual network, the AKS host's ("vnet") or a cluster network ("clusterNetworks.0"): the same cmdlet parameters. */
function networkPaths(root: string, model: PlanInput["model"], network: PlanInput["vnet"]): string[] {
  const pools = poolsOf(model).flatMap((spec) => [spec.startField, spec.endField]);
  return [
    ...["name", "vswitchName", "addressPrefix", "gateway", "dnsServers", "vlanId", ...pools].map((key) => `${root}.${key}`),
    ...network.dnsServers.map((_, i) => `${root}.dnsServers.${i}`),
  ];
}

export const VIRTUAL_NETWORK_FIELDS: StepFields = { paths: (input) => networkPaths("vnet", input.model, input.vnet) };

/** The cluster networks' fields sit in the cluster cards that own them. */
function clusterNetworkPaths(input: PlanInput): string[] {
  return (input.clusterNetworks ?? []).flatMap((network, n) => [`clusterNetworks.${n}`, ...networkPaths(`clusterNetworks.${n}`, input.model, network)]);
}

export const CLOUD_SERVICE_FIELDS: StepFields = {
  paths: (input) => [
    ...(input.cloudService.hostAddressing === "static" ? ["cloudService.cloudServiceCidr", "cloudService.hciHostIp"] : []),
    ...["imageDir", "workingDir", "cloudConfigLocation"].map((key) => `storage.${key}`),
    ...(input.proxy?.enabled ? ["enabled", "http", "https", "noProxy", "credential"].map((key) => `proxy.${key}`) : []),
  ],
};

const OPTION_PATHS = ["options.vipSharing", "options.growthReserve.clusters", "options.growthReserve.controlPlaneNodes", "options.growthReserve.workerNodes"];
const CLUSTER_KEYS = ["name", "controlPlaneNodes", "workerNodes", "nodePools", "loadBalancer", "network"];
const NODE_POOL_KEYS = ["name", "count", "osType"];
const SERVICE_KEYS = ["name", "port", "instances", "cluster"];

const INDEX = "(0|[1-9]\\d*)";
const CLUSTER_PATH = new RegExp(`^clusters\\.${INDEX}(?:\\.(?:${CLUSTER_KEYS.join("|")})|\\.nodePools\\.${INDEX}\\.(?:${NODE_POOL_KEYS.join("|")}))?$`);
const SERVICE_PATH = new RegExp(`^services\\.${INDEX}(?:\\.(?:${SERVICE_KEYS.join("|")}))?$`);

export const CLUSTERS_FIELDS: StepFields = {
  paths: (input) =>
    input.clusters.flatMap((cluster, i) => [
      `clusters.${i}`,
      ...CLUSTER_KEYS.map((key) => `clusters.${i}.${key}`),
      ...cluster.nodePools.flatMap((_, j) => NODE_POOL_KEYS.map((key) => `clusters.${i}.nodePools.${j}.${key}`)),
    ]).concat(clusterNetworkPaths(input)),
  places: (input, path) => {
    if (path.startsWith("clusterNetworks.")) return clusterNetworkPaths(input).includes(path);
    const match = CLUSTER_PATH.exec(path);
    const cluster = match ? input.clusters[Number(match[1])] : undefined;
    return cluster !== undefined && (match?.[2] === undefined || Number(match[2]) < cluster.nodePools.length);
  },
  shape: (input) => `${input.clusters.map((cluster) => cluster.nodePools.length).join()} ${clusterNetworkPaths(input).join()}`,
};

export const SERVICES_FIELDS: StepFields = {
  paths: (input) => [...input.services.flatMap((_, i) => [`services.${i}`, ...SERVICE_KEYS.map((key) => `services.${i}.${key}`)]), ...OPTION_PATHS],
  places: (input, path) => {
    const match = SERVICE_PATH.exec(path);
    return match ? Number(match[1]) < input.services.length : OPTION_PATHS.includes(path);
  },
  shape: (input) => String(input.services.length),
};
