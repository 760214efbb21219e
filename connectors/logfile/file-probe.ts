/**
 * Looks at the head of a file before sampling it: gzip (by magic number, whatever the name), binary content,
 * invalid UTF-8, and the average line length that sampling and row estimates use. The head is read with one
 * positioned read (or, for gzip, by inflating only until enough bytes came out).
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { SamplingError } from '../../src/errors.js'
import { describeFsError } from './file-discovery.js'

/** Bytes looked at for binary content and invalid UTF-8. */
export const SNIFF_BYTES = 8 * 1024
/** Bytes read to detect the format and estimate line lengths. */
export const HEAD_BYTES = 64 * 1024
/** Invalid UTF-8 sequences per decoded character above which a file is not UTF-8 text. */
const MAX_INVALID_RATIO = 0.01

export interface FileHead {
  /** First bytes of the content (decompressed for gzip). */
  readonly head: Buffer
  readonly gzip: boolean
  /** The head is the whole content. */
  readonly complete: boolean
  /** Average bytes per line in the head (undefined when the head holds no newline). */
  readonly avgLineBytes?: number
}

const COMPRESSED: readonly [string, readonly number[]][] = [
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['lz4', [0x04, 0x22, 0x4d, 0x18]],
]

function startsWith(buf: Buffer, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b)
}

/** Reads the head of `path`; throws SamplingError for unreadable, binary or non-UTF-8 files. */
export async function probeFile(path: string, bytes = HEAD_BYTES): Promise<FileHead> {
  let raw: Buffer
  let size: number
  try {
    const fh = await open(path, 'r')
    try {
      size = (await fh.stat()).size
      const buf = Buffer.allocUnsafe(Math.min(bytes, Math.max(size, 1)))
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
      raw = buf.subarray(0, bytesRead)
    } finally {
      await fh.close()
    }
  } catch (error) {
    throw new SamplingError(describeFsError(error, path), { cause: error })
  }
  const gzip = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b
  let head = raw
  let complete = raw.length >= size
  if (gzip) ({ head, complete } = await inflateHead(path, bytes))
  checkText(head, path)
  const lines = countNewlines(head)
  return {
    head,
    gzip,
    complete,
    ...(lines > 0 ? { avgLineBytes: Math.max(1, head.length / lines) } : {}),
  }
}

/**
 * A file that is not text: a SamplingError marked `skipped`, so a scan that knows the mark can list it as skipped
 * rather than failed (a `wtmp` in /var/log is not a gap in coverage).
 */
function notText(message: string): SamplingError {
  return Object.assign(new SamplingError(message), { skipped: true })
}

/** Throws SamplingError when the first 8 KB hold NUL bytes, another compression format or invalid UTF-8. */
export function checkText(head: Buffer, path: string): void {
  const sniff = head.subarray(0, SNIFF_BYTES)
  for (const [name, magic] of COMPRESSED) {
    if (startsWith(sniff, magic)) throw notText(`binary file: ${name}-compressed data in ${path}`)
  }
  if (sniff.includes(0)) {
    const bom =
      startsWith(sniff, [0xff, 0xfe]) || startsWith(sniff, [0xfe, 0xff])
        ? ' (UTF-16 text is not supported)'
        : ''
    throw notText(`binary file: NUL bytes in the first 8 KB of ${path}${bom}`)
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sniff, { stream: true })
    return
  } catch {
    // Count how bad it is: one stray byte in a UTF-8 log is not a reason to skip the file.
  }
  const text = new TextDecoder('utf-8').decode(sniff, { stream: true })
  let invalid = 0
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) invalid++
  if (invalid >= 2 && invalid / Math.max(1, text.length) > MAX_INVALID_RATIO)
    throw notText(
      `invalid UTF-8: ${invalid} invalid sequences in the first 8 KB of ${path} (GBK and other legacy encodings are not supported)`,
    )
}

async function inflateHead(path: string, bytes: number): Promise<{ head: Buffer; complete: boolean }> {
  const source = createReadStream(path, { highWaterMark: 64 * 1024 })
  const gunzip = createGunzip()
  source.on('error', (error) => gunzip.destroy(error))
  source.pipe(gunzip)
  const parts: Buffer[] = []
  let length = 0
  let complete = true
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      parts.push(chunk)
      length += chunk.length
      if (length >= bytes) {
        complete = false
        break
      }
    }
  } catch (error) {
    throw new SamplingError(`invalid gzip data in ${path}: ${(error as Error).message}`, { cause: error })
  } finally {
    source.destroy()
    gunzip.destroy()
  }
  const head = Buffer.concat(parts)
  return { head: head.subarray(0, bytes), complete }
}

export function countNewlines(buf: Buffer): number {
  let n = 0
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++
  return n
}
