import { ArmError, badRequest } from '../errors.js';
import type { Json } from '../state.js';

/**
 * Azure's rules for resource tags, for every body that carries `tags` and for the Tags API.
 *
 * "Use tags to organize your Azure resources and management hierarchy"
 * (learn.microsoft.com/azure/azure-resource-manager/management/tag-resources):
 * - "Tag names are case-insensitive for operations. A tag with a tag name, regardless of the casing,
 *   is updated or retrieved. However, the resource provider might keep the casing you provide for
 *   the tag name." Here: the casing first written is kept; a write naming the tag in another casing
 *   updates its value. Tag values are case-sensitive.
 * - "Each resource, resource group, and subscription can have a maximum of 50 tag name-value
 *   pairs"; "The tag name has a limit of 512 characters and the tag value has a limit of 256
 *   characters." (Storage accounts: 128-character names — not modelled.)
 *
 * Error codes: a too-long value answers 400 `InvalidTagValueLength` "Tag value too large. Following
 * tag value '…' exceeded the maximum length. Maximum allowed length for tag value - '256'
 * characters." (observed on Microsoft.Resources/tags/write: Azure-Samples/azure-search-openai-demo#1997).
 * A too-long name: `InvalidTagNameLength` with the matching message (the same family; the message
 * is the one Az.RecoveryServices mirrors client-side) — chosen, not observed. Too many tags: the
 * Tags spec (resources.json, Tags_CreateOrUpdateAtScope) says "The specified entity can have a
 * maximum of 50 tags."; no answer was found in the specs or issues, so the code is chosen
 * (`InvalidTag`, kept from before) with that sentence as its message.
 */
export const MAX_TAGS = 50;
export const MAX_TAG_NAME = 512;
export const MAX_TAG_VALUE = 256;

/** Length as Azure counts characters (code points, not UTF-16 units). */
const chars = (s: string): number => [...s].length;

/** The stored key of `name` among `tags` (case-insensitive), or undefined. */
export function tagKey(tags: Json, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.keys(tags).find((k) => k.toLowerCase() === wanted);
}

/** A `tags` map from a request body: values as strings, names folded case-insensitively (first casing kept). */
export function normalizeTags(raw: unknown): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw badRequest('InvalidRequestContent', "The 'tags' property must be an object of tag names and values.");
  return mergeTags({}, raw as Json);
}

/** `given` written over `current`: a name present in any casing keeps its stored casing and takes the new value. */
export function mergeTags(current: Json, given: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) out[k] = String(v);
  for (const [k, v] of Object.entries(given)) out[tagKey(out, k) ?? k] = v === null ? '' : String(v);
  return out;
}

/** Throws Azure's 400 when `tags` break a limit. Returns `tags`. */
export function checkTagLimits(tags: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(tags)) {
    if (chars(name) > MAX_TAG_NAME) {
      throw new ArmError(
        400,
        'InvalidTagNameLength',
        `Tag name too large. Following tag name '${name}' exceeded the maximum length. Maximum allowed length for tag name - '${MAX_TAG_NAME}' characters.`,
      );
    }
    if (chars(value) > MAX_TAG_VALUE) {
      throw new ArmError(
        400,
        'InvalidTagValueLength',
        `Tag value too large. Following tag value '${value}' exceeded the maximum length. Maximum allowed length for tag value - '${MAX_TAG_VALUE}' characters.`,
      );
    }
  }
  const count = Object.keys(tags).length;
  if (count > MAX_TAGS)
    throw badRequest(
      'InvalidTag',
      `The specified entity can have a maximum of ${MAX_TAGS} tags; the request would leave ${count}.`,
    );
  return tags;
}

/**
 * The tags a resource write stores: `raw` (the body's `tags`) folded and checked; `existing` are
 * the stored tags, whose casing a name written again in another casing keeps.
 */
export function tagsForWrite(raw: unknown, existing?: unknown): Record<string, string> {
  const given = normalizeTags(raw);
  const prior = (existing && typeof existing === 'object' ? existing : {}) as Json;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(given)) out[tagKey(prior, k) ?? k] = v;
  return checkTagLimits(out);
}
