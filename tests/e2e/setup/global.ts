// Builds the app once, serves it as `npm start` does, and hands the address to the tests.
import type { AddressInfo } from 'node:net'

import type { TestProject } from 'vitest/node'

import { createAppServer } from '../../../server/app'
import { stopServer } from '../../../server/stop'
import { buildApp } from './build'
import { findChrome } from './chrome'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromePath: string
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChrome()
  buildApp()
  const server = createAppServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  project.provide('chromePath', chromePath)
  return () => stopServer(server)
}
