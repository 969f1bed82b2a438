export function tableToMarkdown(table) {
    const escape = (cell) => cell.replace(/\|/g, '\\|');
    const all = [table.header, ...table.rows].map((row) => row.map(escape));
    const widths = table.header.map((_, i) => Math.max(3, ...all.map((row) => [...(row[i] ?? '')].length)));
    const line = (row) => `| ${widths.map((w, i) => pad(row[i] ?? '', w)).join(' | ')} |`;
    const [header, ...rows] = all;
    return [line(header ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
function pad(text, width) {
    return text + ' '.repeat(Math.max(0, width - [...text].length));
}
