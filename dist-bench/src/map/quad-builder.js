import { DataFactory } from 'n3';
import { XSD } from '../vocab/namespaces.js';
const { namedNode, literal, quad } = DataFactory;
export class QuadBuilder {
    seen = new Set();
    subjects = new Set();
    quads = [];
    /** Adds subject predicate object; numbers become xsd:integer. */
    add(subject, predicate, object) {
        const o = typeof object === 'number'
            ? literal(String(object), namedNode(XSD('integer')))
            : 'iri' in object
                ? namedNode(object.iri)
                : 'text' in object
                    ? literal(object.text, object.lang)
                    : literal(object.value, namedNode(object.datatype));
        const q = quad(namedNode(subject), namedNode(predicate), o);
        const key = `${subject}\u0000${predicate}\u0000${o.termType}\u0000${o.value}\u0000${o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.subjects.add(subject);
        this.quads.push(q);
    }
    hasSubject(subject) {
        return this.subjects.has(subject);
    }
    iri(subject, predicate, iri) {
        this.add(subject, predicate, { iri });
    }
    text(subject, predicate, text) {
        this.add(subject, predicate, { text });
    }
}
