// data/name-variants.json (text) → validated name groups and shared hosts; errors point into the JSON.
import { parse as parseJson, printParseErrorCode } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { offsetToPlace } from '../parse/parse-survey.js';
import { normaliseLabel } from './normalise-label.js';
export const NO_VARIANTS = { groupOf: new Map(), sharedHosts: [] };
export function parseNameVariants(text, file) {
    const errors = [];
    const data = parseJson(text, errors, { allowTrailingComma: false, disallowComments: true });
    const [first] = errors;
    if (first) {
        throw new InputError({
            severity: 'error',
            code: 'variants/json',
            place: { file, ...offsetToPlace(text, first.offset) },
            message: `Not valid JSON: ${printParseErrorCode(first.error)}`,
            expected: '{ "variants": [{ "names": ["Table name", "Section name"] }], "sharedHosts": ["github.com"] }',
        });
    }
    const fail = (message) => {
        throw new InputError({
            severity: 'error',
            code: 'variants/shape',
            place: { file, line: 1, column: 1 },
            message,
            expected: '{ "variants": [{ "names": [string, string, …] }], "sharedHosts": [string, …] }',
        });
    };
    const record = data;
    if (!Array.isArray(record.variants))
        return fail('"variants" must be an array');
    const groupOf = new Map();
    record.variants.forEach((group, i) => {
        const names = group?.names;
        if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string')) {
            fail(`variants[${i}].names must list at least two names`);
        }
        for (const name of names) {
            const key = normaliseLabel(name);
            if (groupOf.has(key) && groupOf.get(key) !== i)
                fail(`"${name}" is in two variant groups`);
            groupOf.set(key, i);
        }
    });
    const hosts = record.sharedHosts ?? [];
    if (!Array.isArray(hosts) || !hosts.every((h) => typeof h === 'string'))
        return fail('"sharedHosts" must be an array of host names');
    return { groupOf, sharedHosts: hosts.map((h) => h.toLowerCase()) };
}
