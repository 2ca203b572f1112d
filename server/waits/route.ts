// Serves the simulator on the app's own server at /api/waits.json.
import type { IncomingMessage, ServerResponse } from 'node:http'

import { faultsFromQuery, simulateWaits, type SimulatorOptions } from './simulator'

export const WAITS_PATH = '/api/waits.json'

export interface WaitsRouteOptions {
  /** Read faults from the query string. Off by default so a public deployment cannot be made to misbehave. */
  faults?: boolean
  clock?: SimulatorOptions['clock']
}

export async function serveWaits(
  req: IncomingMessage,
  res: ServerResponse,
  options: WaitsRouteOptions = {},
): Promise<void> {
  try {
    const faults = options.faults ? faultsFromQuery(new URL(req.url ?? '/', 'http://localhost').searchParams) : {}
    const answer = await simulateWaits({ ifNoneMatch: req.headers['if-none-match'] }, { clock: options.clock, faults })
    res.writeHead(answer.status, answer.headers)
    res.end(req.method === 'HEAD' ? undefined : answer.body)
  } catch (error) {
    console.error('waits simulator:', error)
    if (!res.headersSent)
      res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end('{"error":"the waits simulator failed"}')
  }
}
