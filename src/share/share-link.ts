import LZString from "lz-string";
import { validatePlanInput } from "../planning/parse-plan-input";
import type { PlanInput } from "../planning/plan-input-schema";
import { fromCompactV1, toCompactV1 } from "./compact-v1";
import { fromCompactV2, needsV2, toCompactV2 } from "./compact-v2";
import { checksum, CHECKSUM_LENGTH } from "./link-checksum";
import { formatCount } from "../planning/wording";

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
 * is a compact JSON form of the input (see compact-v1.ts) rather than the plan file's JSON, and the
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

export const CURRENT_LINK_VERSION = 2;
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
  const version = needsV2(input) ? 2 : 1;
  const head = `v${version}.${LZString.compressToEncodedURIComponent(planFingerprint(input))}`;
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
  // Plans without cluster networks keep version 1's form, and with it the links made before version 2.
  return JSON.stringify(needsV2(input) ? toCompactV2(input) : toCompactV1(input));
}

function damaged(reason: string): DecodedPlanLink {
  return { ok: false, message: `${DAMAGED} ${reason}` };
}

/** Mail clients wrap long links and percent-encode characters such as "$": undo both. */
export function normalizeFragment(fragment: string): string {
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

type FromCompact = (compact: unknown) => Record<string, unknown> | null;

const decoders: Readonly<Record<number, (body: string) => DecodedPlanLink>> = {
  1: (text) => decodeVersion(text, "v1", fromCompactV1),
  2: (text) => decodeVersion(text, "v2", fromCompactV2),
};

function decodeAnyVersion(text: string): DecodedPlanLink {
  if (text === "") return damaged(`it holds no plan (${ASK_AGAIN}).`);
  if (text.length > MAX_LINK_LENGTH) {
    return damaged(`it is ${formatCount(text.length)} characters long, more than any plan link holds (${formatCount(MAX_LINK_LENGTH)}).`);
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

/** Every version so far: checksum, lz-string, JSON, the version's compact form, the plan file's schema. */
function decodeVersion(text: string, tag: string, fromCompact: FromCompact): DecodedPlanLink {
  const lastDot = text.lastIndexOf(".");
  const head = text.slice(0, lastDot);
  const sum = text.slice(lastDot + 1);
  if (lastDot <= tag.length || sum.length < CHECKSUM_LENGTH) return damaged(`it is cut short: copy the whole link, or ${ASK_AGAIN}.`);
  if (sum !== checksum(head)) return damaged(`it was changed or cut short after it was made (its checksum does not match): ${ASK_AGAIN}.`);
  const json = LZString.decompressFromEncodedURIComponent(head.slice(tag.length + 1));
  if (!json || json.length > MAX_DECOMPRESSED_LENGTH) return damaged(`it holds no plan (${ASK_AGAIN}).`);
  let compact: unknown;
  try {
    compact = JSON.parse(json);
  } catch {
    return damaged(`it holds no plan (${ASK_AGAIN}).`);
  }
  const raw = fromCompact(compact);
  if (raw === null) return damaged(`what it holds is not a plan (${ASK_AGAIN}).`);
  const validated = validatePlanInput(raw);
  if (!validated.ok) return damaged(`what it holds is not a valid plan (${validated.message.replace(/^Not a plan: /, "")}).`);
  return { ok: true, input: validated.input };
}
