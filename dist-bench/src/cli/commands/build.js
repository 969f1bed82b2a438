import { quadsToJsonLd } from '../../export/to-jsonld.js';
import { quadsToTurtle } from '../../export/to-turtle.js';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { BUNDLED, bundledContext } from '../../node/package-files.js';
import { writeFilesAtomically } from '../../node/write-atomically.js';
import { DEAI, RDF } from '../../vocab/namespaces.js';
import { note, reportDiagnostics } from '../report.js';
import { displayPath, withCommonOptions } from './common-options.js';
export function registerBuild(program) {
    withCommonOptions(program
        .command('build')
        .summary('build the knowledge graph: DIR/deai.ttl and DIR/deai.jsonld')
        .description('Parse the survey, map it onto the DeAI ontology and write Turtle and JSON-LD (context embedded).\nA failed build writes nothing; earlier outputs stay intact.')
        .argument('[SOURCE]', 'survey markdown', BUNDLED.survey)
        .option('-o, --out <DIR>', 'output directory', 'out')).action(async (source, options) => {
        const graph = buildGraphFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
        reportDiagnostics(graph.diagnostics, options.quiet);
        const [turtle, jsonld] = await Promise.all([quadsToTurtle(graph.quads), quadsToJsonLd(graph.quads, bundledContext())]);
        const written = writeFilesAtomically(options.out, { 'deai.ttl': turtle, 'deai.jsonld': jsonld });
        const projects = graph.quads.filter((q) => q.predicate.value === RDF('type') && q.object.value === DEAI('Project')).length;
        if (!options.quiet) {
            const warnings = graph.diagnostics.length;
            note(`${projects} projects, ${graph.quads.length} triples → ${written.join(', ')}${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`);
        }
    });
}
