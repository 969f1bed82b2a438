// Label keys for matching: case, accents, spaces and punctuation do not matter ("Proof-of-stake" = "proof of stake").
export function normaliseLabel(label) {
    return label
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '');
}
