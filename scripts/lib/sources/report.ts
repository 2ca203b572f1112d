// The drift report as an editor reads it: each page that needs a look, with the procedures resting on it.
import type { DriftReport, PageResult } from './compare'

const LABEL: Record<PageResult['status'], string> = {
  changed: 'CHANGED',
  new: 'NEW',
  failed: 'FAILED',
  unchanged: 'unchanged',
}

function describe(page: PageResult): string[] {
  const lines = [`${LABEL[page.status].padEnd(9)} ${page.url}${page.title ? `  「${page.title}」` : ''}`]
  const pad = ' '.repeat(10)
  if (page.status === 'changed') {
    const what = page.changes
      .map((c) => (c === 'content' ? 'the text changed' : 'it redirects elsewhere now'))
      .join(' and ')
    lines.push(`${pad}${what} since the review of ${page.recorded?.checked}`)
  }
  if (page.status === 'new') lines.push(`${pad}no review recorded yet`)
  if (page.failure) {
    const why =
      page.failure.reason === 'http'
        ? `the site answered ${page.failure.detail}`
        : page.failure.reason === 'timeout'
          ? 'no answer in time'
          : `unreachable (${page.failure.detail})`
    lines.push(`${pad}${why}${page.recorded ? `; last reviewed ${page.recorded.checked}` : ''}`)
  }
  if (page.redirectedTo) lines.push(`${pad}redirected to ${page.redirectedTo}`)
  for (const item of page.items) {
    const kind = item.kind === 'procedure' ? '' : `${item.kind} `
    lines.push(`${pad}- ${kind}${item.id} ${item.title}${item.verified ? ` (verified ${item.verified})` : ''}`)
  }
  return lines
}

export function formatReport(report: DriftReport): string {
  const c = report.counts
  const out: string[] = []
  if (report.outcome === 'unreachable') {
    out.push(
      `Could not check the sources: ${c.failed} of ${c.cited} pages could not be fetched on ${report.checkedOn}.`,
      'The network may be unreachable, or the sites may be refusing requests. Nothing is reported as unchanged.',
      '',
    )
  }
  const shown = report.pages.filter((p) => p.status !== 'unchanged')
  // When nothing could be reached, one line per page: the reason is the same for all of them.
  if (report.outcome === 'unreachable') {
    for (const page of shown.filter((p) => p.status === 'failed'))
      out.push(`${LABEL.failed.padEnd(9)} ${page.url}  (${page.failure?.detail})`)
    out.push('')
    for (const page of shown.filter((p) => p.status !== 'failed')) out.push(...describe(page), '')
  } else {
    for (const page of shown) out.push(...describe(page), '')
  }
  for (const url of report.noLongerCited)
    out.push(`${'GONE'.padEnd(9)} ${url}`, `${' '.repeat(10)}recorded, but no item cites it any more`, '')
  const parts = [`${c.changed} changed`, `${c.new} new`, `${c.failed} could not be fetched`]
  if (c.unchanged !== null) parts.unshift(`${c.unchanged} unchanged`)
  out.push(`${c.cited} pages cited, checked ${report.checkedOn}: ${parts.join(', ')}.`)
  if (report.outcome === 'unchanged') out.push('Every page reads as it did when it was last reviewed.')
  if (c.changed || c.new)
    out.push(
      'Review each page against the items listed under it, then: npm run --silent sources:check -- --update [url…]',
    )
  return `${out.join('\n')}\n`
}
