/** Progress events: the library never prints, the CLI renders these (progress bars on a TTY, lines otherwise). */
export type ScanEvent =
  | { readonly type: 'source-start'; readonly source: string }
  | {
      readonly type: 'source-connected'
      readonly source: string
      readonly containers: number
      readonly noun: string
    }
  | { readonly type: 'source-failed'; readonly source: string; readonly error: string }
  | { readonly type: 'source-done'; readonly source: string }
  | {
      readonly type: 'container-done'
      readonly source: string
      readonly container: string
      readonly status: 'scanned' | 'skipped' | 'failed'
      readonly records: number
      readonly reason?: string
      readonly containersDone: number
      readonly containersTotal: number
    }
  | {
      readonly type: 'records'
      readonly source: string
      readonly container: string
      readonly records: number
    }
  /** Raw examples, emitted only with `showData`; never part of the result. */
  | {
      readonly type: 'raw-examples'
      readonly source: string
      readonly container: string
      readonly field: string
      readonly values: readonly string[]
    }

export type ScanEventHandler = (event: ScanEvent) => void
