// Table rows and section entries → one record per project (names, then variants, then link hosts).
import { placeIn } from '../errors.js';
import { hostOf, isSharedHost, urlKey } from './link-hosts.js';
import { normaliseLabel } from './normalise-label.js';
import { slugify } from './slugify.js';
export function resolveProjects(survey, variants, sink) {
    const projects = [];
    const byKey = new Map();
    const keyOf = (name) => {
        const key = normaliseLabel(name);
        const group = variants.groupOf.get(key);
        return group === undefined ? `name:${key}` : `group:${group}`;
    };
    const slugs = new Set();
    const create = (label, line, place, row) => {
        let slug = slugify(label);
        if (slugs.has(slug)) {
            let n = 2;
            while (slugs.has(`${slug}-${n}`))
                n++;
            sink.warn('project/slug-clash', placeIn(survey.file, place), `"${label}" has the same IRI slug as another project`, `distinct names; this one is "${slug}-${n}"`);
            slug = `${slug}-${n}`;
        }
        slugs.add(slug);
        const record = { slug, label, altLabels: [], entries: [], sourceLine: line, urls: new Set(), hosts: new Set(), ...(row ? { row } : {}) };
        projects.push(record);
        return record;
    };
    for (const row of survey.table.rows) {
        const nameCell = row.cells[0];
        if (!nameCell || nameCell.text === '') {
            sink.fail('table/no-name', placeIn(survey.file, nameCell ?? row), 'A table row has no project name', 'the project name (optionally linked) in the first cell');
        }
        const key = keyOf(nameCell.text);
        const earlier = byKey.get(key);
        if (earlier) {
            sink.fail('table/duplicate-project', placeIn(survey.file, nameCell), `"${nameCell.text}" has a second row in the table (the first is "${earlier.label}" at line ${earlier.sourceLine})`, 'one row per project: merge the two rows');
        }
        const record = create(nameCell.text, row.line, nameCell, row);
        if (nameCell.link)
            addUrl(record, nameCell.link.url);
        byKey.set(key, record);
    }
    const projectOf = new Map();
    for (const entry of survey.entries) {
        if (entry.kind !== 'project')
            continue;
        const key = keyOf(entry.name);
        let record = byKey.get(key) ?? matchByLinks(entry, projects, variants, survey.file, sink);
        if (!record) {
            record = create(entry.name, entry.line, entry);
            byKey.set(key, record);
        }
        if (entry.name !== record.label && !record.altLabels.includes(entry.name))
            record.altLabels.push(entry.name);
        record.entries.push(entry);
        for (const link of entry.links)
            addUrl(record, link.url);
        projectOf.set(entry, record);
    }
    return { projects, projectOf };
}
function addUrl(record, url) {
    record.urls.add(urlKey(url));
    const host = hostOf(url);
    if (host)
        record.hosts.add(host);
}
/** A section name that matches nothing is joined to the single project sharing a link or a distinctive host. */
function matchByLinks(entry, projects, variants, file, sink) {
    const urls = new Set(entry.links.map((l) => urlKey(l.url)));
    const byUrl = projects.filter((p) => [...urls].some((u) => p.urls.has(u)));
    const hosts = new Set(entry.links.map((l) => hostOf(l.url)).filter((h) => !!h && !isSharedHost(h, variants.sharedHosts)));
    const byHost = projects.filter((p) => [...hosts].some((h) => p.hosts.has(h)));
    const [match, ...more] = byUrl.length > 0 ? byUrl : byHost;
    if (!match || more.length > 0)
        return undefined;
    sink.warn('resolve/by-link', placeIn(file, entry), `Section entry "${entry.name}" matches no table name; joined to "${match.label}", which shares ${byUrl.length > 0 ? 'a link' : 'a link host'} with it`, `both names in one group of data/name-variants.json, e.g. { "names": ["${match.label}", "${entry.name}"] }`);
    return match;
}
