// The offices and calendar the simulator works from, read once per process.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import * as v from 'valibot'
import { parse } from 'yaml'

import { CATALOG_DIR, holidayList } from '../../scripts/lib/catalog-files'
import { type WardCalendar, wardCalendar } from '../../src/calendar/dates'
import { Files, type Office } from '../../src/catalog/schema'
import { catalogOnce } from '../catalog'

export interface WardData {
  offices: Office[]
  calendar: WardCalendar
}

let cached: WardData | undefined

/** catalog/offices.yaml alone, checked against the catalog schema: quick, for tests and as a fallback. */
export function officesOnly(dir = CATALOG_DIR): WardData {
  const offices = v.parse(Files.offices, parse(readFileSync(join(dir, 'offices.yaml'), 'utf8')))
  return { offices, calendar: wardCalendar(holidayList()) }
}

/**
 * The validated catalog's offices. While a content edit elsewhere leaves the catalog broken, the feed
 * still answers from offices.yaml alone, as long as that file itself is valid.
 */
export function wardData(): WardData {
  if (cached) return cached
  const catalog = catalogOnce()
  cached = catalog ? { offices: catalog.offices, calendar: wardCalendar(catalog.holidays) } : officesOnly()
  return cached
}
