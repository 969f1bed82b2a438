// The one rule for a base IRI that instance IRIs are minted under, shared by the pipeline and the CLI's --base check.

/** http(s), no spaces, ending in "/" or "#", so that `{base}project/bittensor` is an IRI under the base. */
const USABLE_BASE = /^https?:\/\/[^\s<>"{}|\\^`]+[/#]$/;

/** What is wrong with a base IRI and how to fix it, as a predicate ("must end in …"), or undefined when it is fine. */
export function baseIriProblem(base: string): string | undefined {
  if (USABLE_BASE.test(base)) return undefined;
  if (/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(base)) return `must end in "/" or "#" (try "${base}/")`;
  return 'must be an http(s) IRI ending in "/" or "#", such as "https://example.org/deai/"';
}
