// Link URLs → host keys that can identify a project (the second signal of entity resolution).
/** The host without "www.", or undefined for URLs that do not parse. */
export function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    }
    catch {
        return undefined;
    }
}
export function isSharedHost(host, sharedHosts) {
    return sharedHosts.some((shared) => host === shared || host.endsWith(`.${shared}`));
}
/** Comparable form of a URL: no scheme, no "www.", no trailing slash. */
export function urlKey(url) {
    return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
}
