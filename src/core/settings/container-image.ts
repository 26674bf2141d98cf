/**
 * `container-image`: an image reference as the OCI distribution grammar defines it
 * ([registry[:port]/]path[:tag][@sha256:digest], lower-case path components), pinned by a unique tag
 * or a digest: 'latest' and untagged images are not immutable.
 */
import type { Problems } from './values.js';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY = `${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?`;
const TAG = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
const REFERENCE = new RegExp(
  `^(?:${REGISTRY}/)?${COMPONENT}(?:/${COMPONENT})*(?::(${TAG}))?(?:@(sha256:[a-f0-9]{64}))?$`,
);
/** Image names stop at 255 characters (registry and path). */
const MAX_NAME = 255;

export function parseContainerImage(p: Problems, input: string, raw: string): string | undefined {
  const v = raw.trim();
  const m = REFERENCE.exec(v);
  const name = v.split('@')[0]!.replace(/:[^/:]*$/, '');
  if (!m || name.length > MAX_NAME) {
    const hint = REFERENCE.test(v.toLowerCase()) ? ' (repository paths are lower case)' : '';
    const expected = "expected e.g. 'myregistry.azurecr.io/web:1.4.2' or '...@sha256:<digest>'";
    return p.bad(input, raw, `is not a container image reference${hint}; ${expected}`);
  }
  const [, tag, digest] = m;
  if (!digest && (!tag || tag === 'latest')) {
    return p.bad(
      input,
      raw,
      "is not an immutable reference; expected a unique tag (not 'latest') or an @sha256 digest",
    );
  }
  return v;
}
