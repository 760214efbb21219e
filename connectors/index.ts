/** The built-in connectors, by URL scheme. Each factory loads its driver only when used. */
import type { ConnectorRegistry } from '../src/connector/connector-registry.js'
import { logfileRegistration } from './logfile/index.js'
import { mongodbRegistration } from './mongodb/index.js'
import { mysqlRegistration } from './mysql/index.js'

export const builtinConnectors: ConnectorRegistry = [
  {
    kind: 'postgres',
    schemes: ['postgres://', 'postgresql://'],
    load: async () => {
      const { PostgresConnector } = await import('./postgres/postgres-connector.js')
      return (url, options) => new PostgresConnector(url, options)
    },
  },
  {
    kind: 'pglite',
    schemes: ['pglite:'],
    load: async () => {
      const { PgliteConnector } = await import('./pglite/pglite-connector.js')
      return (url, options) => new PgliteConnector({ dataDir: url.replace(/^pglite:(\/\/)?/i, '') }, options)
    },
  },
  mongodbRegistration,
  mysqlRegistration,
  logfileRegistration,
]
