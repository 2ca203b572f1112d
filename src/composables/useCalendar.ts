import { useCatalog } from '../catalog/useCatalog'
import type { ProcedureResult } from '../navigator/navigate'
import { type CalendarItem, toIcs } from '../plans/ics'
import { useDownload } from './useDownload'
import { useLocalized } from './useLocalized'
import { useText } from './useText'

/** Due dates to the resident's own calendar, as an .ics file. */
export function useCalendar() {
  const { t } = useText()
  const text = useLocalized()
  const index = useCatalog()
  const download = useDownload()

  function item(p: ProcedureResult): CalendarItem | null {
    if (!p.due.date) return null
    const where = index
      .countersOf(index.procedure(p.id))
      .map(({ office, counter }) => `${text(office.name)} ${text(counter.name)}`)
    const docs = p.documents.map((id) => text(index.document(id)?.title))
    return {
      procedure: p.id,
      title: text(index.procedure(p.id)?.title),
      date: p.due.date,
      location: where[0],
      description: [
        where.join(' / '),
        docs.length ? `${t('procedure.documents')}: ${docs.join('、')}` : '',
        p.online ?? '',
      ]
        .filter(Boolean)
        .join('\n'),
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
