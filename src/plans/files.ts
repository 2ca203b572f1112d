// The name of the file saved plans are exported to. Pure.

/** "tetsuzuki-plans-2026-11-25.json": the day of the export (UTC, as the file's own `exported` time). */
export function plansFileName(at: number): string {
  return `tetsuzuki-plans-${new Date(at).toISOString().slice(0, 10)}.json`
}
