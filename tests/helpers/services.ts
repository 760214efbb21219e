/**
 * Real services for integration tests. URLs come from the environment with the machine's defaults. In CI
 * (`CI=true`) an unreachable service fails the run; on a laptop the suite skips with a visible message.
 */
import net from 'node:net'

export const SERVICE_URLS = {
  postgres: process.env.PIMAP_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  mysql: process.env.PIMAP_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
  mongodb: process.env.PIMAP_TEST_MONGO_URL ?? 'mongodb://127.0.0.1:27017/',
} as const

export type ServiceName = keyof typeof SERVICE_URLS

/** True when the service's TCP port answers. */
export async function isReachable(url: string, timeoutMs = 2_000): Promise<boolean> {
  const parsed = new URL(url.replace(/^mongodb\+srv:/, 'mongodb:'))
  const port = Number(
    parsed.port ||
      (parsed.protocol.startsWith('mysql') ? 3306 : parsed.protocol.startsWith('mongo') ? 27017 : 5432),
  )
  return new Promise((resolve) => {
    const socket = net.connect({ host: parsed.hostname, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

/**
 * Use in `describe.skipIf(!(await requireService('postgres')))`: throws in CI when the service is down,
 * prints a notice and returns false on a developer machine.
 */
export async function requireService(name: ServiceName): Promise<boolean> {
  const url = SERVICE_URLS[name]
  if (await isReachable(url)) return true
  const message = `${name} is not reachable at ${url.replace(/:[^:@/]*@/, ':***@')}`
  if (process.env.CI) throw new Error(`${message}; CI requires it (see DEVELOPERS.md, .ci/services.sh)`)
  console.warn(`\n[pimap tests] SKIPPING ${name} integration tests: ${message}\n`)
  return false
}
