import { defineRule } from '../src/rule/rule.js'
import { GPS_TYPES, inDegreeRange, PRECISE_DEGREES } from './validators/coordinates.js'

/** Latitude column; paired with a longitude column in the same container for a high-confidence verdict. */
export const gpsLatitude = defineRule({
  id: 'gps-latitude',
  category: 'location.gps',
  description: 'Latitude in decimal degrees (paired with a longitude field)',
  references: ['GB/T 35273-2020 Table B.1', 'PIPL Art. 28'],
  names: ['lat', 'latitude', 'gps lat', 'bd lat', 'gcj lat', 'wgs lat', 'geo lat', 'loc lat', 'weidu'],
  // wd is 纬度, 温度 (temperature) or 网点 (outlet): values decide.
  weakNames: ['wd'],
  keywords: ['纬度'],
  excludeTokens: [
    'min',
    'max',
    'center',
    'centre',
    'store',
    'shop',
    'warehouse',
    'office',
    'city',
    'region',
    'hotel',
  ],
  types: GPS_TYPES,
  prefilter: {
    minLength: 3,
    maxLength: 24,
    require: ['digit', 'dot'],
    allow: ['digit', 'dot', 'dash', 'plus'],
  },
  patterns: [{ name: 'degrees', regex: PRECISE_DEGREES, score: 0.3 }],
  validate: (v) => inDegreeRange(v, 90) || false,
  valueEvidence: 'weak',
  valuesExpected: true,
})
