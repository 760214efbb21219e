/**
 * MongoDB source registration (`mongodb://`, `mongodb+srv://`). The driver is imported only when a MongoDB
 * URL is scanned.
 */
import type { ConnectorRegistration } from '../../src/connector/connector-registry.js'

export { objectIdTime, type ObjectIdLike } from './object-id-time.js'

export const mongodbRegistration: ConnectorRegistration = {
  kind: 'mongodb',
  schemes: ['mongodb://', 'mongodb+srv://'],
  load: async () => {
    const { MongodbConnector } = await import('./mongodb-connector.js')
    return (url, options) => new MongodbConnector(url, options)
  },
}
