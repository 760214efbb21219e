/**
 * Headless Chromium for the HTML report render test: Debian's `chromium` (installed by .ci/chromium.sh), driven
 * by playwright-core, which never downloads a browser of its own. In CI (`CI` set) a missing Chromium fails the
 * run; on a developer machine the test skips with a visible message, like tests/helpers/services.ts.
 */
import { access, constants } from 'node:fs/promises'

export const CHROMIUM_PATH = process.env.PIMAP_TEST_CHROMIUM ?? '/usr/bin/chromium'

/** Flags for a quiet, offline, sandbox-free headless run (tests run as root in CI). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Use in `describe.skipIf(!(await requireChromium()))`. */
export async function requireChromium(): Promise<boolean> {
  const found = await access(CHROMIUM_PATH, constants.X_OK).then(
    () => true,
    () => false,
  )
  if (found) return true
  const message = `Chromium is not installed at ${CHROMIUM_PATH}`
  if (process.env.CI) throw new Error(`${message}; CI requires it (run .ci/chromium.sh)`)
  console.warn(`\n[pimap tests] SKIPPING the HTML report render test: ${message} (run .ci/chromium.sh)\n`)
  return false
}
