/** Decimal-degree checks shared by the GPS rules (shared reference §3.12). */
import type { TypeClass } from '../../src/connector/connector.js'

/** Decimal degrees with at least 3 decimals (about 100 m): precise enough to be whereabouts. */
export const PRECISE_DEGREES = /^[+-]?\d{1,3}\.\d{3,20}$/

/** A non-zero number within ±limit degrees. */
export function inDegreeRange(v: string, limit: number): boolean {
  const n = Number(v)
  return Number.isFinite(n) && Math.abs(n) <= limit && n !== 0
}

/** Rough mainland-China box: used only to tell coordinates from other float pairs. */
export function inChina(lat: number, lng: number): boolean {
  return lat >= 3.8 && lat <= 53.6 && lng >= 73.4 && lng <= 135.1
}

export const GPS_TYPES: readonly TypeClass[] = ['decimal', 'text', 'other', 'json', 'array']
