// `deai-kg table [SOURCE]`: the overview table regenerated from the graph by SPARQL.
import { type Command, Option } from 'commander';
import { buildGraphFromFile } from '../../node/build-from-file.js';
import { engineToTable, graphToTable, type TableModel } from '../../table/graph-to-table.js';
import { tableToMarkdown } from '../../table/table-to-markdown.js';
import { reportDiagnostics } from '../report.js';
import { type CommonOptions, displayPath, surveyArgument, withCommonOptions } from './common-options.js';
import { type EndpointCliOptions, remoteEngineFor, withEndpointOptions } from './endpoint-options.js';
import { spreadsheetSafe } from '../../export/spreadsheet-safe.js';

interface TableCliOptions extends CommonOptions, EndpointCliOptions {
  readonly format: 'md' | 'csv' | 'tsv';
}

export function registerTable(program: Command): void {
  withCommonOptions(withEndpointOptions(
    program
      .command('table')
      .description('Build the graph, then rebuild the survey\'s overview table from it by SPARQL queries (not by echoing the input). It equals the survey\'s table cell for cell.')
      .addArgument(surveyArgument())
      .addOption(new Option('-f, --format <FORMAT>', 'output format').choices(['md', 'csv', 'tsv']).default('md')),
  )).action(async (source: string, options: TableCliOptions) => {
    const remote = await remoteEngineFor(options);
    const table = remote ? await engineToTable(remote) : await graphToTable(built(source, options));
    process.stdout.write(options.format === 'md' ? tableToMarkdown(table) : tableToDelimited(table, options.format === 'csv' ? ',' : '\t'));
  });
}

function built(source: string, options: TableCliOptions): ReturnType<typeof buildGraphFromFile> {
  const graph = buildGraphFromFile(displayPath(source), { ...(options.base ? { base: options.base } : {}) });
  reportDiagnostics(graph.diagnostics, options.quiet);
  return graph;
}

function tableToDelimited(table: TableModel, separator: string): string {
  // For spreadsheets: a cell that would run as a formula is neutralised (src/export/spreadsheet-safe.ts).
  const quote = (raw: string): string => {
    const cell = spreadsheetSafe(raw);
    return separator === ',' ? (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell) : cell.replace(/[\t\n\r]/g, ' ');
  };
  return [table.header, ...table.rows].map((row) => row.map(quote).join(separator)).join('\n') + '\n';
}
