/**
 * Image values: what a photo column holds. Binary columns arrive as `\x` + hex of their first bytes (JPEG
 * `ffd8ff`, PNG `89504e47…`, GIF, WebP, BMP), text columns hold base64 (`/9j/` is JPEG, `iVBOR` is PNG, with or
 * without a data: URL) or a URL or path ending in an image extension.
 */
import type { ValuePattern } from '../../src/rule/rule.js'

export const IMAGE_PATTERNS: readonly ValuePattern[] = [
  {
    name: 'image-bytes',
    regex: /^\\x(?:ffd8ff|89504e470d0a1a0a|474946383[79]61|52494646[0-9a-f]{8}57454250|424d)/i,
    score: 0.5,
  },
  {
    name: 'image-base64',
    regex: /^(?:data:image\/[a-z+.-]{2,20};base64,)?(?:\/9j\/|iVBORw0KGgo|R0lGOD[lf]|UklGR)/,
    score: 0.5,
  },
  {
    name: 'image-url',
    regex: /^(?:https?:\/\/|\/)?[^\s?#]{1,1000}\.(?:jpe?g|png|gif|webp|bmp|heic|tiff?)(?:[?#]\S{0,1000})?$/i,
    score: 0.3,
  },
]
