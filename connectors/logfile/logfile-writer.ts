/**
 * Enforcement on log files (`pimap enforce --apply` on `file:` sources). A container is one file and a record
 * one line (a CSV record may span lines; a line without a time of its own, such as a stack-trace line, belongs
 * to the record before it).
 *
 * - delete: a rotated file (`app.log.1`, `app.log.2.gz`, `app-2024-01-01.log`) whose records are all past
 *   the cutoff is deleted whole, when the batch has room for all of them; otherwise the expired records are
 *   dropped by rewriting the file. Compressed files are only ever deleted whole.
 * - anonymize: the planned fields of expired records are replaced in place with the enforcement operators
 *   (see log-redact.ts); records already anonymized come out unchanged and are not counted again.
 *
 * A batch is one rewrite of the file, processing the first `limit` records still due (records done by an
 * earlier batch no longer are, so every batch starts from the top and `after` is not needed). The rewrite is
 * atomic: the new content goes to a temporary file in the same directory (`.NAME.pimap-enforce.tmp`, with the
 * original's mode and, where permitted, owner), is fsynced, the directory is fsynced, `beforeCommit` writes
 * the audit log's pending entry, and only then is the temporary file renamed over the original and the
 * directory fsynced again. A kill at any point leaves either the original or the new file, never a mix.
 *
 * Audit keys are 1-based line numbers of the first line of the first and last record processed, in the file
 * as the batch read it (deletions renumber the lines after them for the next batch).
 *
 * Crash reconciliation (`remaining`): the pending entry is written after the temporary file is complete, and
 * the rename consumes it (a whole-file deletion creates an empty temporary file as its marker, and removes it
 * after the unlink); a temporary file still present therefore means the batch never committed, and the
 * records still due in its key range are counted in the untouched original. Without one, a delete batch
 * committed (its lines are gone or the file deleted), and an anonymize batch is checked line by line (its line
 * numbers did not move). A failure after the pending entry (the rename failed, the file changed) leaves the
 * temporary file for that reason; the next batch on the file removes it first (temporary files of files that
 * no longer exist are swept from the directory), and discovery never lists them.
 *
 * Concurrent writers: the file's size, mtime and inode are checked just before the rename, and a file that
 * changed while it was rewritten (a logger still appending) fails the item with that reason, leaving it as it
 * was. A logger that keeps the file open would go on writing to the replaced inode after a rename, so rewrite
 * only files no process holds open for writing: enforce on rotated files, or after rotation (`copytruncate`
 * rotations keep appending to the same path, which the check above catches only while the rewrite runs).
 */
import type { Stats } from 'node:fs'
import { type FileHandle, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type {
  BatchResult,
  ContainerRef,
  RetentionTask,
  RetentionWriter,
} from '../../src/connector/connector.js'
import { SamplingError } from '../../src/errors.js'
import { describeFsError, TEMP_SUFFIX } from './file-discovery.js'
import { probeFile } from './file-probe.js'
import type { LogFormat } from './log-format.js'
import { LineRedactor, type RedactField } from './log-redact.js'
import { formatOf, isExpired, isRotatedName, type LogUnit, readUnits } from './logfile-connector.js'

/** The temporary file for rewriting `path`, in the same directory (so the rename is atomic). */
export function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}${TEMP_SUFFIX}`)
}

const WRITE_BUFFER = 1024 * 1024

export class LogfileWriter implements RetentionWriter {
  readonly #pathOf: (container: ContainerRef) => string
  readonly #now: Date | undefined
  readonly #swept = new Set<string>()

  constructor(pathOf: (container: ContainerRef) => string, now?: Date) {
    this.#pathOf = pathOf
    this.#now = now
  }

  async nextBatch(
    task: RetentionTask,
    limit: number,
    _after: string | undefined,
    beforeCommit: (r: BatchResult) => Promise<void> | void,
  ): Promise<BatchResult> {
    const path = this.#pathOf(task.container)
    try {
      return await this.#batch(path, task, limit, beforeCommit)
    } catch (error) {
      const reason = error instanceof SamplingError ? error.message : describeFsError(error, path)
      throw new SamplingError(`enforcement on ${path} failed: ${reason}`, { cause: error })
    }
  }

  async remaining(task: RetentionTask, keyFrom?: string, keyTo?: string): Promise<number> {
    const path = this.#pathOf(task.container)
    if (!(await exists(path))) return 0
    // No temporary file: the pending batch's rename (or unlink) happened. Deleted lines renumbered the rest.
    if (!(await exists(tempPathOf(path))) && task.action === 'delete') return 0
    const from = keyFrom === undefined ? 1 : Number(keyFrom)
    const to = keyTo === undefined ? Infinity : Number(keyTo)
    const file = await this.#open(path, task)
    let left = 0
    for await (const unit of readUnits(path, file.gzip, file.format, this.#now)) {
      const line = unit.lines[0]?.number ?? 0
      if (line < from) continue
      if (line > to) break
      if (file.due(unit) !== undefined) left++
    }
    return left
  }

  async close(): Promise<void> {}

  /**
   * Removes temporary files of a directory whose original is gone (a whole-file deletion killed after the
   * unlink): no batch can need them, since reconciliation counts nothing left in a file that does not exist.
   */
  async #sweep(dir: string): Promise<void> {
    if (this.#swept.has(dir)) return
    this.#swept.add(dir)
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!name.startsWith('.') || !name.endsWith(TEMP_SUFFIX)) continue
      const original = join(dir, name.slice(1, -TEMP_SUFFIX.length))
      if (!(await exists(original))) await rm(join(dir, name), { force: true })
    }
  }

  /** Format and the per-record verdict for a file: undefined (not due), null (drop) or the new lines. */
  async #open(path: string, task: RetentionTask) {
    const probe = await probeFile(path)
    const format: LogFormat = formatOf(probe, path)
    const cutoff = task.cutoff.getTime()
    const redactor =
      task.action === 'anonymize'
        ? new LineRedactor(format, {
            fields: task.fields as readonly RedactField[],
            ...(task.hashKey ? { hashKey: task.hashKey } : {}),
          })
        : undefined
    const due = (unit: LogUnit): Buffer[] | null | undefined => {
      if (!isExpired(unit, cutoff)) return undefined
      if (!redactor) return null
      let changed = false
      const out = unit.lines.map((l) => {
        const next = redactor.redact(l.text)
        if (next === l.text) return l.bytes
        changed = true
        return Buffer.from(next + lineEnding(l.bytes), 'utf8')
      })
      return changed ? out : undefined
    }
    return { gzip: probe.gzip, format, due }
  }

  async #batch(
    path: string,
    task: RetentionTask,
    limit: number,
    beforeCommit: (r: BatchResult) => Promise<void> | void,
  ): Promise<BatchResult> {
    const tmp = tempPathOf(path)
    // A temporary file left by a killed or failed run: its pending batch (if any) was reconciled before this.
    await rm(tmp, { force: true })
    await this.#sweep(dirname(path))
    const before = await stat(path).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 'ENOENT') return undefined
      throw error
    })
    if (!before) return { processed: 0, exhausted: true }
    const file = await this.#open(path, task)
    if (task.action === 'anonymize' && file.format.kind === 'csv')
      throw new SamplingError('anonymizing CSV files is not supported (delete the records instead)')

    // A rotated file past retention as a whole goes in one piece.
    if (task.action === 'delete' && isRotatedName(basename(path))) {
      let expired = 0
      let live = false
      let last = 0
      for await (const unit of readUnits(path, file.gzip, file.format, this.#now)) {
        last = unit.lines.at(-1)?.number ?? last
        if (file.due(unit) === null) expired++
        else if (unit.record) live = true
      }
      if (!live && expired > 0 && expired <= limit) {
        const r: BatchResult = { processed: expired, keyFrom: '1', keyTo: String(last), exhausted: true }
        // An empty temporary file marks the deletion as under way, for reconciliation (see above).
        await (await open(tmp, 'wx', 0o600)).close()
        await fsyncDir(dirname(path))
        await beforeCommit(r)
        await assertUnchanged(path, before)
        await unlink(path)
        await fsyncDir(dirname(path))
        await rm(tmp, { force: true })
        return r
      }
    }

    if (file.gzip) {
      for await (const unit of readUnits(path, true, file.format, this.#now)) {
        if (file.due(unit) !== undefined)
          throw new SamplingError(
            task.action === 'delete'
              ? 'compressed file partly past retention: compressed files are only deleted whole, once every record in them has expired'
              : 'compressed files cannot be anonymized in place (decompress them first)',
          )
      }
      return { processed: 0, exhausted: true }
    }

    const fh = await open(tmp, 'wx', before.mode & 0o7777)
    let committing = false
    try {
      let processed = 0
      let keyFrom: number | undefined
      let keyTo: number | undefined
      let more = false
      const out = new BufferedWriter(fh)
      for await (const unit of readUnits(path, false, file.format, this.#now)) {
        const next = file.due(unit)
        if (next !== undefined && processed < limit) {
          processed++
          keyFrom ??= unit.lines[0]!.number
          keyTo = unit.lines[0]!.number
          if (next) for (const b of next) await out.write(b)
          continue
        }
        if (next !== undefined) more = true
        for (const l of unit.lines) await out.write(l.bytes)
      }
      await out.flush()
      if (processed === 0) {
        await fh.close()
        await rm(tmp, { force: true })
        return { processed: 0, exhausted: true }
      }
      await fh.chmod(before.mode & 0o7777)
      await fh.chown(before.uid, before.gid).catch(() => {}) // only root may give a file away
      await fh.sync()
      await fh.close()
      await fsyncDir(dirname(path))
      const r: BatchResult = {
        processed,
        keyFrom: String(keyFrom),
        keyTo: String(keyTo),
        exhausted: !more,
      }
      committing = true
      await beforeCommit(r)
      await assertUnchanged(path, before)
      await rename(tmp, path)
      await fsyncDir(dirname(path))
      return r
    } catch (error) {
      await fh.close().catch(() => {})
      // Once the pending entry is written the temporary file stays: it tells reconciliation the batch failed.
      if (!committing) await rm(tmp, { force: true }).catch(() => {})
      throw error
    }
  }
}

/** Fails when the file changed since the batch started reading it (a logger still appending to it). */
async function assertUnchanged(path: string, before: Stats): Promise<void> {
  const now = await stat(path)
  if (now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs)
    throw new SamplingError(
      `${path} changed while it was being rewritten (still written to? enforce after rotation); left unchanged`,
    )
}

async function fsyncDir(dir: string): Promise<void> {
  let fh
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch (error) {
    // Some file systems and platforms cannot fsync a directory; the rename is still atomic there.
    const code = (error as { code?: unknown }).code
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error
  } finally {
    await fh?.close().catch(() => {})
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

function lineEnding(bytes: Buffer): string {
  const n = bytes.length
  if (n > 0 && bytes[n - 1] === 10) return n > 1 && bytes[n - 2] === 13 ? '\r\n' : '\n'
  return ''
}

/** Collects small writes into large ones. */
class BufferedWriter {
  readonly #fh: FileHandle
  #parts: Buffer[] = []
  #size = 0

  constructor(fh: FileHandle) {
    this.#fh = fh
  }

  async write(b: Buffer): Promise<void> {
    this.#parts.push(b)
    this.#size += b.length
    if (this.#size >= WRITE_BUFFER) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.#size === 0) return
    const buf = Buffer.concat(this.#parts, this.#size)
    this.#parts = []
    this.#size = 0
    let off = 0
    while (off < buf.length) off += (await this.#fh.write(buf, off, buf.length - off)).bytesWritten
  }
}
