import { defineRule } from '../src/rule/rule.js'
import { inChina } from './validators/coordinates.js'

/** "lat,lng" text, PostgreSQL `point` values and WKT points. */
export const gpsCoordinate = defineRule({
  id: 'gps-coordinate',
  category: 'location.gps',
  description: 'Coordinate pair ("39.9087,116.3975", point "(116.39,39.90)", WKT POINT)',
  references: ['GB/T 35273-2020 Table B.1', 'PIPL Art. 28'],
  names: [
    'location',
    'geo',
    'geolocation',
    'geo location',
    'coordinate',
    'coordinates',
    'coords',
    'gps',
    'lat lng',
    'latlng',
    'lnglat',
    'position',
    'geo point',
    'geopoint',
    'current location',
    'jwd',
    'dingwei',
    'dqwz',
  ],
  weakNames: ['point', 'loc', 'dw', 'wz', 'zb', 'poi'],
  keywords: ['经纬度', '定位', '坐标', '当前位置', '位置', '打卡位置', 'GPS坐标'],
  excludeTokens: [
    'name',
    'type',
    'id',
    'code',
    'city',
    'country',
    'province',
    'desc',
    'description',
    'text',
    'title',
    'permission',
    'enabled',
  ],
  types: ['text', 'geometry', 'other', 'json', 'array'],
  prefilter: {
    minLength: 7,
    maxLength: 80,
    require: ['digit', 'dot'],
    allow: ['digit', 'dot', 'dash', 'plus', 'comma', 'space', 'paren', 'upper'],
  },
  patterns: [
    { name: 'pair', regex: /^\(?\s*[+-]?\d{1,3}\.\d{3,15}\s*,\s*[+-]?\d{1,3}\.\d{3,15}\s*\)?$/, score: 0.4 },
    { name: 'wkt', regex: /^POINT\s?\(\s*[+-]?\d{1,3}\.\d{3,15} [+-]?\d{1,3}\.\d{3,15}\s*\)$/, score: 0.5 },
  ],
  validate: (v) => {
    if (v.length > 80) return false
    const [a, b] = (v.match(/[+-]?\d{1,3}\.\d+/g) ?? []).map(Number)
    if (a === undefined || b === undefined) return false
    if (!((Math.abs(a) <= 90 && Math.abs(b) <= 180) || (Math.abs(a) <= 180 && Math.abs(b) <= 90)))
      return false
    // Inside China's bounding box (either order) is strong evidence; elsewhere a float pair may be anything.
    return inChina(a, b) || inChina(b, a) ? true : undefined
  },
  valuesExpected: true,
})
