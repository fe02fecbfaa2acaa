import type { ComponentType } from "react";
import type { PlanSectionId } from "../planning/plan-sections";
import {
  CLOUD_SERVICE_FIELDS,
  CLUSTERS_FIELDS,
  NETWORK_MODEL_FIELDS,
  NO_FIELDS,
  SERVICES_FIELDS,
  VIRTUAL_NETWORK_FIELDS,
  type StepFields,
} from "./step-fields";

interface StepRow {
  /** The step's name in the saved draft, in element ids and in tests: never reused for another step. */
  id: string;
  /** The stepper's tab, "Next: …", the phone's step line. */
  label: string;
  /** The part of the plan input it asks for: the findings of that section belong to it. */
  section: PlanSectionId;
  fields: StepFields;
  /** Its form, loaded on demand (and fetched early once the page is up). */
  load: () => Promise<ComponentType>;
}

/**
 * The wizard's steps, in the order they are asked: what is deployed first (it gives the number of
 * addresses), then where it goes. Adding, removing or reordering a step is an edit of this table
 * alone: the stepper, Next and Back, the draft's step, and where a finding leads all read it.
 */
export const WIZARD_STEPS = [
  {
    id: "network-model",
    label: "Network model",
    section: "model",
    fields: NETWORK_MODEL_FIELDS,
    load: () => import("./steps/network-model-step").then((module) => module.NetworkModelStep),
  },
  {
    id: "clusters",
    label: "Workload clusters",
    section: "clusters",
    fields: CLUSTERS_FIELDS,
    load: () => import("./steps/clusters-step").then((module) => module.ClustersStep),
  },
  {
    id: "services",
    label: "Services",
    section: "services",
    fields: SERVICES_FIELDS,
    load: () => import("./steps/services-step").then((module) => module.ServicesStep),
  },
  {
    id: "virtual-network",
    label: "Virtual network",
    section: "vnet",
    fields: VIRTUAL_NETWORK_FIELDS,
    load: () => import("./steps/virtual-network-step").then((module) => module.VirtualNetworkStep),
  },
  {
    id: "cloud-service",
    label: "MOC cloud service",
    section: "cloudService",
    fields: CLOUD_SERVICE_FIELDS,
    load: () => import("./steps/cloud-service-step").then((module) => module.CloudServiceStep),
  },
  {
    id: "review",
    label: "Review",
    section: "plan",
    fields: NO_FIELDS,
    load: () => import("./steps/review-step").then((module) => module.ReviewStep),
  },
] as const satisfies readonly StepRow[];

export type StepId = (typeof WIZARD_STEPS)[number]["id"];

export const STEP_IDS: readonly StepId[] = WIZARD_STEPS.map((step) => step.id);
export const FIRST_STEP: StepId = WIZARD_STEPS[0].id;
/** Where a loaded plan opens: the plan whole, with every finding. */
export const REVIEW_STEP: StepId = "review";

