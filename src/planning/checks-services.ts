import { error, isBlank, quoted, type IssueList } from "./checks-shared";
import type { CountedService, CountedCluster } from "./plan-input-schema";

const LISTED_NAMES = 5;

/** Services need a name, and the cluster they run in (when given) must be one of the plan's workload clusters. */
export function checkServices(services: readonly CountedService[], clusters: readonly CountedCluster[], issues: IssueList): void {
  const clusterNames = new Set(clusters.map((cluster) => cluster.name));
  let hint: string | null = null;
  services.forEach((service, index) => {
    if (isBlank(service.name)) issues.push(error(`services.${index}.name`, `Enter a name for service ${index + 1}, e.g. frontend`));
    if (service.cluster !== "" && !clusterNames.has(service.cluster)) {
      hint ??= choices(clusters);
      issues.push(error(`services.${index}.cluster`, `No workload cluster is named ${quoted(service.cluster)}: ${hint}`));
    }
  });
}

function choices(clusters: readonly CountedCluster[]): string {
  const names = clusters.map((cluster) => cluster.name).filter((name) => !isBlank(name));
  if (names.length === 0) return "add that workload cluster, or leave the field empty for a service not tied to a cluster";
  const listed = names.slice(0, LISTED_NAMES).map(quoted).join(", ") + (names.length > LISTED_NAMES ? ", …" : "");
  return `pick one of ${listed}, or leave the field empty for a service not tied to a cluster`;
}
