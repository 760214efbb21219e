/**
 * Seeded PRNG for the demo dataset (sfc32, seeded through splitmix32). The same seed and stream label always
 * give the same sequence, so `pimap demo --seed 42` produces byte-identical data on every machine.
 */
import { InternalError } from '../errors.js'

/** FNV-1a over UTF-16 code units: turns a stream label into 32 bits. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const HEX = '0123456789abcdef'

export class Random {
  #a: number
  #b: number
  #c: number
  #d: number

  /**
   * @param seed any integer; only its low 32 bits matter.
   * @param stream label of an independent stream (one per table), so adding a column to one table does not
   * shift the values of every table generated after it.
   */
  constructor(seed: number, stream = '') {
    let state = (seed ^ hashLabel(stream)) >>> 0
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) | 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.#a = splitmix()
    this.#b = splitmix()
    this.#c = splitmix()
    this.#d = splitmix()
    for (let i = 0; i < 12; i++) this.next()
  }

  /** Uniform float in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0
    this.#d = (this.#d + 1) | 0
    this.#a = this.#b ^ (this.#b >>> 9)
    this.#b = (this.#c + (this.#c << 3)) | 0
    this.#c = (this.#c << 21) | (this.#c >>> 11)
    this.#c = (this.#c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  /** Normally distributed value (Box-Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new InternalError('cannot pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  /** Picks with a bias towards the front of the list (`skew` > 1): common surnames, popular products. */
  pickSkewed<T>(items: readonly T[], skew = 2): T {
    if (items.length === 0) throw new InternalError('cannot pick from an empty list')
    return items[Math.floor(this.next() ** skew * items.length)]!
  }

  /** `n` decimal digits (leading zeros allowed). */
  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10))
    return s
  }

  /** `n` lower-case hex characters. */
  hex(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += HEX[Math.floor(this.next() * 16)]
    return s
  }

  /** Characters drawn from `alphabet`. */
  chars(alphabet: string, n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]
    return s
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[out[i], out[j]] = [out[j]!, out[i]!]
    }
    return out
  }
}
