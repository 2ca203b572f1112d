import { useI18n } from 'vue-i18n'

import { type Answers, NONE, UNKNOWN } from '../answers/types'
import type { Question } from '../catalog/schema'
import { useCatalog } from '../catalog/useCatalog'
import { formatDate } from '../i18n/format'
import { pick } from '../i18n/locales'

export type AskedQuestion = Question & { key: string; event?: string }

/**
 * An answer as words: 「北区に引っ越してきた」, 「12月21日(月)」, 「35、33、4、0歳」, 「わからない」 — with
 * its readings kept, so やさしい日本語 shows furigana (render with RubyText, or plainText for print).
 */
export function useAnswerText() {
  const { t, locale } = useI18n()
  const index = useCatalog()
  const words = (x: Parameters<typeof pick>[0]) => pick(x, locale.value)
  return (q: AskedQuestion, answers: Answers): string => {
    const values = answers[q.key]
    if (!values?.length) return t('answers.none')
    if (values.includes(UNKNOWN)) return t('answers.unknown')
    switch (q.kind) {
      case 'events':
        return values.map((v) => words(index.event(v)?.title)).join('、')
      case 'date':
        return formatDate(values[0] ?? '', locale.value)
      case 'age':
      case 'ages':
        return values.includes(NONE) ? words(q.none) : t('answers.ages', { list: values.join('、') })
      case 'single':
        return values.map((v) => words(q.options?.find((o) => o.value === v)?.label)).join('、')
    }
  }
}
