// The benchmark's table on the terminal and its JSON record.

export interface Row {
  name: string;
  /** Median, min and max in milliseconds, or a single value in `value`. */
  medianMs?: number;
  minMs?: number;
  maxMs?: number;
  /** Median CPU time of the benchmark's own process. */
  cpuMedianMs?: number;
  runs?: number;
  value?: number;
  unit?: string;
  /** Further figures: MB/s, ratios, memory. */
  notes?: string;
  target?: { text: string; met: boolean };
}

export function formatTable(rows: Row[]): string {
  const header = ['measure', 'median', 'min', 'max', 'cpu', 'runs', 'figures', 'target', ''];
  const body = rows.map((row) => [
    row.name,
    row.medianMs !== undefined ? ms(row.medianMs) : row.value !== undefined ? `${round(row.value)} ${row.unit ?? ''}`.trim() : '',
    row.minMs !== undefined ? ms(row.minMs) : '',
    row.maxMs !== undefined ? ms(row.maxMs) : '',
    row.cpuMedianMs !== undefined ? ms(row.cpuMedianMs) : '',
    row.runs !== undefined ? String(row.runs) : '',
    row.notes ?? '',
    row.target?.text ?? '',
    row.target ? (row.target.met ? 'PASS' : 'MISS') : '',
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

function ms(value: number): string {
  return `${round(value)} ms`;
}

export function round(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
