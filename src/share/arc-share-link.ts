import LZString from "lz-string";
import { ARC_PLATFORM, type ArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import { validateAnyPlanInput } from "../planning/parse-any-plan";
import { checksum, CHECKSUM_LENGTH } from "./link-checksum";
import { MAX_LINK_LENGTH, normalizeFragment } from "./share-link";
import { formatCount } from "../planning/wording";

/**
 * Share links of AKS Arc plans: `arc1.<payload>.<checksum>`, beside the first platform's
 * `v<version>.` links. A tag of its own rather than a "v2" keeps the first platform's codec, its
 * version check and every frozen link byte for byte as they were: its decoder never sees an Arc
 * link (isPlanFragment does not match it) and an Arc link is never read as a newer v-link.
 *
 * Payload: the plan file's JSON (without its "platform" field, which the tag says) compressed with
 * lz-string, as v1 links are; the decoder validates it with the plan file's schema, so a link holds
 * nothing a plan file could not. The checksum catches links cut short or changed by hand.
 */

export const ARC_LINK_TAG = "arc1";
const MAX_DECOMPRESSED_LENGTH = 2_000_000;
const ASK_AGAIN = "ask for the link again, or for the plan file (JSON)";

export type DecodedArcLink = { ok: true; input: ArcPlanInput } | { ok: false; message: string };

/** True when the fragment looks like an AKS Arc plan link, damaged or not. */
export function isArcFragment(fragment: string): boolean {
  return /^#?arc\d/.test(fragment.trim());
}

/** @example encodeArcLink(example) // "arc1.N4Ig...Q.x1Yz$A" */
export function encodeArcLink(input: ArcPlanInput): string {
  // JSON leaves out a field set to undefined: the tag says the platform.
  const head = `${ARC_LINK_TAG}.${LZString.compressToEncodedURIComponent(JSON.stringify({ ...input, platform: undefined }))}`;
  return `${head}.${checksum(head)}`;
}

function damaged(reason: string): DecodedArcLink {
  return { ok: false, message: `This link is damaged: ${reason}` };
}

/** The AKS Arc plan a link holds, or the reason it holds none. Never throws. */
export function decodeArcLink(fragment: string): DecodedArcLink {
  try {
    return decode(normalizeFragment(fragment));
  } catch {
    return damaged(`it could not be read (${ASK_AGAIN}).`);
  }
}

function decode(text: string): DecodedArcLink {
  if (text.length > MAX_LINK_LENGTH) return damaged(`it is ${formatCount(text.length)} characters long, more than any plan link holds (${formatCount(MAX_LINK_LENGTH)}).`);
  const tag = /^arc(\d{1,9})\./.exec(text);
  if (tag?.[1] !== "1") {
    return tag ? { ok: false, message: `This link was made by a newer version of the planner (arc${tag[1]}): open it in the newest planner, or ask for the plan file (JSON).` } : damaged(`it does not start with "${ARC_LINK_TAG}." (${ASK_AGAIN}).`);
  }
  const lastDot = text.lastIndexOf(".");
  const head = text.slice(0, lastDot);
  if (lastDot <= ARC_LINK_TAG.length || text.length - lastDot - 1 < CHECKSUM_LENGTH) return damaged(`it is cut short: copy the whole link, or ${ASK_AGAIN}.`);
  if (text.slice(lastDot + 1) !== checksum(head)) return damaged(`it was changed or cut short after it was made (its checksum does not match): ${ASK_AGAIN}.`);
  const json = LZString.decompressFromEncodedURIComponent(head.slice(ARC_LINK_TAG.length + 1));
  if (!json || json.length > MAX_DECOMPRESSED_LENGTH) return damaged(`it holds no plan (${ASK_AGAIN}).`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return damaged(`it holds no plan (${ASK_AGAIN}).`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return damaged(`what it holds is not a plan (${ASK_AGAIN}).`);
  const validated = validateAnyPlanInput({ ...raw, platform: ARC_PLATFORM });
  if (!validated.ok || validated.platform !== "aks-arc") return damaged(`what it holds is not a valid plan (${validated.ok ? "not an AKS Arc plan" : validated.message.replace(/^Not a plan: /, "")}).`);
  return { ok: true, input: validated.input };
}

/** The page's address with the AKS Arc plan in its fragment (see shareUrl for why not `origin`). */
export function arcShareUrl(input: ArcPlanInput, page: Pick<Location, "protocol" | "host" | "pathname"> = window.location): { ok: true; url: string } | { ok: false; message: string } {
  const fragment = encodeArcLink(input);
  if (fragment.length > MAX_LINK_LENGTH) return { ok: false, message: `This plan is too big for a share link (${formatCount(fragment.length)} characters): share the plan file instead.` };
  return { ok: true, url: `${page.protocol}//${page.host}${page.pathname}#${fragment}` };
}
