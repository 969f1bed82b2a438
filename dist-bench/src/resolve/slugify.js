// IRI slugs per DESIGN.md: lower case, runs of non-alphanumerics → "-" ("IO.NET" → "io-net").
export function slugify(name, maxLength = 80) {
    const slug = name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-+$/, '') : slug;
    return cut === '' ? 'unnamed' : cut;
}
