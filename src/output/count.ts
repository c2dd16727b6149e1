// Counts as every summary and note prints them, with thousands separators. A module of its own so that
// rendering a note does not load the progress bar's library.
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
