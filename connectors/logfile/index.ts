/**
 * Log-file source registration (`file:PATH`, directories, globs). The connector module is imported only when a
 * `file:` URL is scanned.
 */
import type { ConnectorRegistration } from '../../src/connector/connector-registry.js'

export { parseLogTimestamp, type TimestampOptions } from './log-timestamp.js'

export const logfileRegistration: ConnectorRegistration = {
  kind: 'file',
  schemes: ['file:'],
  load: async () => {
    const { LogfileConnector } = await import('./logfile-connector.js')
    return (url, options) => new LogfileConnector(url, options)
  },
}
