import type { Catalog } from '../catalog/schema'
import type { ProcedureResult } from '../navigator/navigate'
import { toIcs, type CalendarItem } from '../plans/ics'
import { plainText } from '../i18n/furigana'
import { pick } from '../i18n/locales'
import { useI18n } from 'vue-i18n'
import { useDownload } from './useDownload'

/** Due dates to the resident's own calendar, as an .ics file. */
export function useCalendar(catalog: Catalog) {
  const { locale, t } = useI18n()
  const download = useDownload()
  const text = (x: Parameters<typeof pick>[0]) => plainText(pick(x, locale.value))

  function item(p: ProcedureResult): CalendarItem | null {
    if (!p.due.date) return null
    const procedure = catalog.procedures.find((x) => x.id === p.id)
    const where = p.counters.map(({ office, counter }) => {
      const o = catalog.offices.find((x) => x.id === office)
      return `${text(o?.name)} ${text(o?.counters.find((c) => c.id === counter)?.name)}`
    })
    const docs = p.documents.map((id) => text(catalog.documents.find((d) => d.id === id)?.title))
    return {
      procedure: p.id,
      title: text(procedure?.title),
      date: p.due.date,
      location: where[0],
      description: [where.join(' / '), docs.length ? `${t('procedure.documents')}: ${docs.join('、')}` : '', p.online ?? ''].filter(Boolean).join('\n'),
    }
  }

  /** `key` keeps UIDs stable: the plan id, or the answers for an unsaved result. */
  return (procedures: ProcedureResult[], key: string) => {
    const items = procedures.map(item).filter((x): x is CalendarItem => x !== null)
    if (!items.length) return
    const name = items.length === 1 ? `${items[0]?.procedure}.ics` : 'tetsuzuki.ics'
    download(name, toIcs(items, { key, calendarName: t('app.name') }), 'text/calendar;charset=utf-8')
  }
}
