/**
 * MySQL / MariaDB source registration (`mysql://`, `mariadb://`). mysql2 is imported only when a MySQL URL is
 * scanned.
 */
import type { ConnectorRegistration } from '../../src/connector/connector-registry.js'

export const mysqlRegistration: ConnectorRegistration = {
  kind: 'mysql',
  schemes: ['mysql://', 'mariadb://'],
  load: async () => {
    const { MysqlConnector } = await import('./mysql-connector.js')
    return (url, options) => new MysqlConnector(url, options)
  },
}
