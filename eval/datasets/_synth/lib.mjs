// Shared helpers for the synthetic evaluation datasets (eval/datasets/*/generate.mjs).
// Plain Node (>= 20), no dependencies. Everything is deterministic given the seed.
// Check algorithms are copied from shared/reference/verify-vectors.js (china-pii.md §3) and self-tested below.
import { createHash } from 'node:crypto'

// ------------------------------------------------------------------------------------------------ PRNG
export function seedOf(text) {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619)
  return h >>> 0
}

/** mulberry32 plus convenience helpers. */
export function makeRng(seed) {
  let a = typeof seed === 'string' ? seedOf(seed) : seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const R = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** biased towards the start of the list (common surnames first). */
    skew: (arr, p = 2) => arr[Math.floor(Math.pow(next(), p) * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
    float: (lo, hi, dp) => Number((lo + next() * (hi - lo)).toFixed(dp)),
    chars: (n, alphabet) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
    hex: (n) => R.chars(n, '0123456789abcdef'),
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0)
      let x = next() * total
      for (const [v, w] of pairs) if ((x -= w) < 0) return v
      return pairs[pairs.length - 1][0]
    },
    /** uniformly distributed Date between two ISO dates (UTC). */
    date: (from, to) => {
      const a0 = Date.parse(from),
        b0 = Date.parse(to)
      return new Date(a0 + Math.floor(next() * (b0 - a0)))
    },
    uuid: () => {
      const h = R.hex(32).split('')
      h[12] = '4'
      h[16] = '89ab'[Math.floor(next() * 4)]
      const s = h.join('')
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
    },
    shuffle: (arr) => {
      const a2 = arr.slice()
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[a2[i], a2[j]] = [a2[j], a2[i]]
      }
      return a2
    },
  }
  return R
}

// ------------------------------------------------------------------------------------------------ dates
const p2 = (n) => String(n).padStart(2, '0')
export const ymd = (d) => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`
export const ymdCompact = (d) => ymd(d).replace(/-/g, '')
export const ts = (d) => `${ymd(d)} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`
export const addDays = (d, n) => new Date(d.getTime() + n * 86400000)
export const addSeconds = (d, n) => new Date(d.getTime() + n * 1000)
export function ageOn(birth, on) {
  let a = on.getUTCFullYear() - birth.getUTCFullYear()
  if (
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate())
  )
    a--
  return a
}

// ------------------------------------------------------------------------------------------------ validators (reference §3)
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(
    ' ',
  ),
)
export function idCheckChar(body17) {
  let s = 0
  for (let i = 0; i < 17; i++) s += (body17.charCodeAt(i) - 48) * ID_WEIGHTS[i]
  return ID_CHECK[s % 11]
}
function validDate(y, m, d) {
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
}
export function isPrcId18(s, now = new Date()) {
  s = String(s).toUpperCase()
  if (!/^\d{17}[\dX]$/.test(s)) return false
  if (!PROVINCES.has(s.slice(0, 2))) return false
  const y = +s.slice(6, 10),
    m = +s.slice(10, 12),
    d = +s.slice(12, 14)
  if (y < 1800 || !validDate(y, m, d) || Date.UTC(y, m - 1, d) > now.getTime()) return false
  return idCheckChar(s.slice(0, 17)) === s[17]
}
export function isPrcId15(s) {
  if (!/^\d{15}$/.test(s) || !PROVINCES.has(s.slice(0, 2))) return false
  return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12))
}
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
export function usccCheckChar(body17) {
  let s = 0
  for (let i = 0; i < 17; i++) s += USCC_CHARS.indexOf(body17[i]) * USCC_W[i]
  return USCC_CHARS[(31 - (s % 31)) % 31]
}
export function orgCodeCheckChar(body8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]
  let s = 0
  for (let i = 0; i < 8; i++) {
    const c = body8[i]
    s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]
  }
  const r = 11 - (s % 11)
  return r === 10 ? 'X' : r === 11 ? '0' : String(r)
}
export function isUscc(s) {
  s = String(s).toUpperCase()
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false
  return usccCheckChar(s.slice(0, 17)) === s[17] && orgCodeCheckChar(s.slice(8, 16)) === s[16]
}
export function luhnOk(digits) {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0,
    dbl = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let v = digits.charCodeAt(i) - 48
    if (dbl) {
      v *= 2
      if (v > 9) v -= 9
    }
    sum += v
    dbl = !dbl
  }
  return sum % 10 === 0
}
export function luhnComplete(prefix) {
  for (let c = 0; c <= 9; c++) if (luhnOk(prefix + c)) return prefix + c
  throw new Error('unreachable')
}
export function cardBrand(n) {
  const p2_ = +n.slice(0, 2),
    p3 = +n.slice(0, 3),
    p4 = +n.slice(0, 4),
    L = n.length
  if (n[0] === '4' && [13, 16, 19].includes(L)) return 'visa'
  if (((p2_ >= 51 && p2_ <= 55) || (p4 >= 2221 && p4 <= 2720)) && L === 16) return 'mastercard'
  if ((p2_ === 34 || p2_ === 37) && L === 15) return 'amex'
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2_ === 65) && L >= 16 && L <= 19) return 'discover'
  if (p4 >= 3528 && p4 <= 3589 && L >= 16 && L <= 19) return 'jcb'
  if (p2_ === 62 && L >= 16 && L <= 19) return 'unionpay'
  return null
}
export const isImei = (s) => /^\d{15}$/.test(s) && luhnOk(s)
export const CN_MOBILE_RE = /^(?:\+?86[- ]?|0086[- ]?)?1[3-9]\d{9}$/
export const CN_LANDLINE_RE =
  /^(?:\+?86[- ]?)?(?:\(?0(?:10|2\d|[3-9]\d{2})\)?[- ]?)[2-9]\d{6,7}(?:-\d{1,6})?$/
const PLATE_PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
export const PLATE_RE = new RegExp(
  `^[${PLATE_PROV}][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[A-HJK][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[A-HJK])$`,
)
export function isHkid(s) {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(s.toUpperCase())
  if (!m) return false
  const letters =
    m[1].length === 1 ? [36, m[1].charCodeAt(0) - 55] : [m[1].charCodeAt(0) - 55, m[1].charCodeAt(1) - 55]
  let sum = letters[0] * 9 + letters[1] * 8
  for (let i = 0; i < 6; i++) sum += +m[2][i] * (7 - i)
  const r = 11 - (sum % 11)
  return (r === 11 ? '0' : r === 10 ? 'A' : String(r)) === m[3]
}
const TW_LETTER = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
}
export function isTwId(s) {
  if (!/^[A-Z][12]\d{8}$/.test(s)) return false
  const v = TW_LETTER[s[0]]
  let sum = Math.floor(v / 10) + (v % 10) * 9
  for (let i = 0; i < 8; i++) sum += +s[i + 1] * (8 - i)
  return (sum + +s[9]) % 10 === 0
}
const SSN_RE = /^(?!000|666|9\d\d)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/
export const isSsn = (s) =>
  SSN_RE.test(s) && !['078051120', '219099999', '123456789'].includes(s.replace(/-/g, ''))
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, CH: 21, AT: 20, NO: 15 }
function mod97(str) {
  let rem = 0
  for (const ch of str) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)
    for (const dch of v) rem = (rem * 10 + +dch) % 97
  }
  return rem
}
export function isIban(s) {
  s = s.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false
  if (IBAN_LEN[s.slice(0, 2)] && IBAN_LEN[s.slice(0, 2)] !== s.length) return false
  return mod97(s.slice(4) + s.slice(0, 4)) === 1
}
// VIN (ISO 3779 / GB 16735 check digit in position 9)
const VIN_TR = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
}
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
export function vinCheckChar(vin17) {
  let s = 0
  for (let i = 0; i < 17; i++) {
    const c = vin17[i]
    s += (/\d/.test(c) ? +c : VIN_TR[c]) * VIN_W[i]
  }
  const r = s % 11
  return r === 10 ? 'X' : String(r)
}
export const isVin = (v) => /^[A-HJ-NPR-Z0-9]{17}$/.test(v) && vinCheckChar(v) === v[8]

/** Runs the reference vectors of china-pii.md §3 against the copies above; throws on any disagreement. */
export function selfTest() {
  const t = (ok, what) => {
    if (!ok) throw new Error(`selfTest failed: ${what}`)
  }
  for (const v of ['11010519491231002X', '440524188001010014', '110101200001010010']) t(isPrcId18(v), v)
  for (const v of ['110105194912310021', '110105194902300014', '990105194912310023']) t(!isPrcId18(v), v)
  for (const v of ['110105491231002', '440524800101001', '310101650704123']) t(isPrcId15(v), v)
  for (const v of ['91350100M000100Y43', '914403001922038216', '91110108551385082Q']) t(isUscc(v), v)
  t(!isUscc('91350100M000100Y44'), 'uscc bad')
  for (const v of ['6200000000000005', '6205500000000000004', '4111111111111111', '5555555555554444'])
    t(luhnOk(v) && cardBrand(v), v)
  t(!luhnOk('6200000000000006'), 'luhn')
  for (const v of ['490154203237518', '356938035643809']) t(isImei(v), v)
  t(!isImei('490154203237519'), 'imei')
  for (const v of ['13812345678', '+8619912345678']) t(CN_MOBILE_RE.test(v), v)
  for (const v of ['010-62345678', '0755-86013388']) t(CN_LANDLINE_RE.test(v), v)
  for (const v of ['京A12345', '粤BD12345', '沪A12345D', '苏E1234学']) t(PLATE_RE.test(v), v)
  for (const v of ['A123456(3)', 'G123456(A)', 'AB987654(3)', 'C668668(9)']) t(isHkid(v), v)
  for (const v of ['A123456789', 'F131104093', 'B223456782']) t(isTwId(v), v)
  t(!isTwId('A123456788'), 'twid')
  for (const v of ['536-22-1234', '772-12-3456']) t(isSsn(v), v)
  t(!isSsn('078-05-1120'), 'ssn')
  for (const v of ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606'])
    t(isIban(v), v)
  t(!isIban('GB82WEST12345698765433'), 'iban')
  t(isVin('1M8GDM9AXKP042788'), 'vin (textbook example)')
  t(!isVin('1M8GDM9A1KP042788'), 'vin bad')
}

// ------------------------------------------------------------------------------------------------ reference data
/** [GB/T 2260 county code, province, city, district, postcode, phone area code, lat, lng] */
export const REGIONS = [
  ['110105', '北京市', '北京市', '朝阳区', '100020', '010', 39.9219, 116.4436],
  ['110108', '北京市', '北京市', '海淀区', '100080', '010', 39.9593, 116.2981],
  ['310104', '上海市', '上海市', '徐汇区', '200030', '021', 31.1885, 121.4365],
  ['310115', '上海市', '上海市', '浦东新区', '200120', '021', 31.2215, 121.5447],
  ['440305', '广东省', '深圳市', '南山区', '518057', '0755', 22.5329, 113.9305],
  ['440106', '广东省', '广州市', '天河区', '510630', '020', 23.1247, 113.3612],
  ['330106', '浙江省', '杭州市', '西湖区', '310013', '0571', 30.2597, 120.13],
  ['320102', '江苏省', '南京市', '玄武区', '210018', '025', 32.0486, 118.7979],
  ['510107', '四川省', '成都市', '武侯区', '610041', '028', 30.6424, 104.0431],
  ['420106', '湖北省', '武汉市', '武昌区', '430061', '027', 30.5537, 114.3163],
  ['610113', '陕西省', '西安市', '雁塔区', '710061', '029', 34.2137, 108.9485],
  ['370202', '山东省', '青岛市', '市南区', '266001', '0532', 36.0671, 120.3826],
  ['500103', '重庆市', '重庆市', '渝中区', '400010', '023', 29.553, 106.5686],
  ['120101', '天津市', '天津市', '和平区', '300041', '022', 39.1172, 117.2147],
  ['210102', '辽宁省', '沈阳市', '和平区', '110001', '024', 41.7892, 123.4015],
  ['350203', '福建省', '厦门市', '思明区', '361001', '0592', 24.4454, 118.0824],
  ['430104', '湖南省', '长沙市', '岳麓区', '410006', '0731', 28.2351, 112.931],
  ['410105', '河南省', '郑州市', '金水区', '450003', '0371', 34.7998, 113.6606],
  ['530102', '云南省', '昆明市', '五华区', '650021', '0871', 25.0435, 102.7046],
  ['230103', '黑龙江省', '哈尔滨市', '南岗区', '150001', '0451', 45.7601, 126.6687],
  ['340104', '安徽省', '合肥市', '蜀山区', '230031', '0551', 31.8512, 117.2607],
  ['360102', '江西省', '南昌市', '东湖区', '330006', '0791', 28.6853, 115.9033],
  ['450103', '广西壮族自治区', '南宁市', '青秀区', '530022', '0771', 22.8164, 108.3943],
  ['620102', '甘肃省', '兰州市', '城关区', '730030', '0931', 36.0566, 103.8253],
  ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '830002', '0991', 43.7944, 87.631],
  ['130102', '河北省', '石家庄市', '长安区', '050011', '0311', 38.0366, 114.5393],
  ['140105', '山西省', '太原市', '小店区', '030032', '0351', 37.736, 112.5652],
  ['150102', '内蒙古自治区', '呼和浩特市', '回民区', '010030', '0471', 40.8081, 111.624],
  ['220102', '吉林省', '长春市', '南关区', '130022', '0431', 43.8641, 125.3503],
  ['520102', '贵州省', '贵阳市', '南明区', '550001', '0851', 26.5681, 106.7146],
  ['460106', '海南省', '海口市', '龙华区', '570105', '0898', 20.0311, 110.3281],
  ['640104', '宁夏回族自治区', '银川市', '兴庆区', '750001', '0951', 38.4741, 106.2885],
  ['320583', '江苏省', '苏州市', '昆山市', '215300', '0512', 31.3856, 120.9808],
  ['371402', '山东省', '德州市', '德城区', '253012', '0534', 37.4504, 116.2995],
  ['411302', '河南省', '南阳市', '宛城区', '473001', '0377', 32.994, 112.5397],
  ['510681', '四川省', '德阳市', '广汉市', '618300', '0838', 30.977, 104.2824],
  ['421002', '湖北省', '荆州市', '沙市区', '434000', '0716', 30.3113, 112.2554],
].map(([code, prov, city, dist, post, tel, lat, lng]) => ({ code, prov, city, dist, post, tel, lat, lng }))
export const regionByCode = (code) => REGIONS.find((r) => r.code === code)

const SURNAMES = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['高', 'gao'],
  ['林', 'lin'],
  ['罗', 'luo'],
  ['郑', 'zheng'],
  ['梁', 'liang'],
  ['谢', 'xie'],
  ['宋', 'song'],
  ['唐', 'tang'],
  ['许', 'xu'],
  ['韩', 'han'],
  ['冯', 'feng'],
  ['邓', 'deng'],
  ['曹', 'cao'],
  ['彭', 'peng'],
  ['曾', 'zeng'],
  ['肖', 'xiao'],
  ['田', 'tian'],
  ['董', 'dong'],
  ['袁', 'yuan'],
  ['潘', 'pan'],
  ['于', 'yu'],
  ['蒋', 'jiang'],
  ['蔡', 'cai'],
  ['余', 'yu'],
  ['杜', 'du'],
  ['叶', 'ye'],
  ['程', 'cheng'],
  ['苏', 'su'],
  ['魏', 'wei'],
  ['吕', 'lv'],
  ['丁', 'ding'],
  ['任', 'ren'],
  ['沈', 'shen'],
  ['姚', 'yao'],
  ['卢', 'lu'],
  ['姜', 'jiang'],
  ['崔', 'cui'],
  ['钟', 'zhong'],
  ['谭', 'tan'],
  ['陆', 'lu'],
  ['汪', 'wang'],
  ['范', 'fan'],
  ['金', 'jin'],
  ['石', 'shi'],
  ['廖', 'liao'],
  ['贾', 'jia'],
  ['夏', 'xia'],
  ['韦', 'wei'],
  ['方', 'fang'],
  ['白', 'bai'],
  ['邹', 'zou'],
  ['孟', 'meng'],
  ['熊', 'xiong'],
  ['秦', 'qin'],
  ['邱', 'qiu'],
  ['江', 'jiang'],
  ['尹', 'yin'],
  ['薛', 'xue'],
  ['段', 'duan'],
  ['雷', 'lei'],
  ['侯', 'hou'],
  ['龙', 'long'],
  ['史', 'shi'],
  ['陶', 'tao'],
  ['黎', 'li'],
  ['贺', 'he'],
  ['顾', 'gu'],
  ['毛', 'mao'],
  ['郝', 'hao'],
  ['龚', 'gong'],
  ['邵', 'shao'],
  ['万', 'wan'],
  ['钱', 'qian'],
  ['严', 'yan'],
  ['欧阳', 'ouyang'],
  ['司马', 'sima'],
  ['诸葛', 'zhuge'],
  ['上官', 'shangguan'],
]
const GIVEN_M = [
  ['伟', 'wei'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['勇', 'yong'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['刚', 'gang'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['辉', 'hui'],
  ['鹏', 'peng'],
  ['志', 'zhi'],
  ['海', 'hai'],
  ['波', 'bo'],
  ['斌', 'bin'],
  ['飞', 'fei'],
  ['凯', 'kai'],
  ['浩', 'hao'],
  ['宇', 'yu'],
  ['轩', 'xuan'],
  ['博', 'bo'],
  ['俊', 'jun'],
  ['航', 'hang'],
  ['泽', 'ze'],
  ['睿', 'rui'],
  ['峰', 'feng'],
  ['成', 'cheng'],
  ['东', 'dong'],
  ['林', 'lin'],
  ['文', 'wen'],
  ['华', 'hua'],
]
const GIVEN_F = [
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['艳', 'yan'],
  ['娟', 'juan'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['英', 'ying'],
  ['玲', 'ling'],
  ['欣', 'xin'],
  ['怡', 'yi'],
  ['涵', 'han'],
  ['诗', 'shi'],
  ['雨', 'yu'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['琳', 'lin'],
  ['晓', 'xiao'],
  ['红', 'hong'],
  ['玉', 'yu'],
  ['兰', 'lan'],
  ['萱', 'xuan'],
  ['悦', 'yue'],
  ['妍', 'yan'],
  ['彤', 'tong'],
  ['佳', 'jia'],
  ['慧', 'hui'],
  ['倩', 'qian'],
  ['颖', 'ying'],
  ['梅', 'mei'],
  ['洁', 'jie'],
  ['蕾', 'lei'],
]
const GIVEN_N = [
  ['子', 'zi'],
  ['梓', 'zi'],
  ['思', 'si'],
  ['嘉', 'jia'],
  ['晨', 'chen'],
  ['一', 'yi'],
  ['乐', 'le'],
  ['天', 'tian'],
  ['安', 'an'],
  ['宁', 'ning'],
  ['春', 'chun'],
  ['小', 'xiao'],
  ['家', 'jia'],
  ['永', 'yong'],
  ['新', 'xin'],
  ['立', 'li'],
]

/** Chinese name: { name, surname, given, py: [surnamePinyin, givenPinyin] } */
export function cnName(R, gender) {
  const [s, sp] = R.skew(SURNAMES, 1.8)
  const pool = gender === 'F' ? GIVEN_F : GIVEN_M
  const parts = R.chance(0.3)
    ? [R.pick(pool)]
    : R.chance(0.5)
      ? [R.pick(GIVEN_N), R.pick(pool)]
      : [R.pick(pool), R.pick(pool)]
  const given = parts.map((p) => p[0]).join('')
  return { name: s + given, surname: s, given, py: [sp, parts.map((p) => p[1]).join('')] }
}

export const EN_FIRST_M = [
  'James',
  'John',
  'Robert',
  'Michael',
  'William',
  'David',
  'Richard',
  'Thomas',
  'Daniel',
  'Matthew',
  'Lukas',
  'Pierre',
  'Hans',
  'Sven',
  'Mateo',
  'Arjun',
  'Haruto',
  'Min-jun',
  'Ivan',
  'Omar',
  'Liam',
  'Noah',
  'Oliver',
  'Ethan',
  'Lucas',
  'Marco',
  'Jan',
  'Piotr',
  'Ahmed',
  'Raj',
]
export const EN_FIRST_F = [
  'Mary',
  'Patricia',
  'Jennifer',
  'Linda',
  'Elizabeth',
  'Barbara',
  'Susan',
  'Jessica',
  'Sarah',
  'Karen',
  'Sophie',
  'Camille',
  'Anna',
  'Ingrid',
  'Lucía',
  'Priya',
  'Yuki',
  'Seo-yeon',
  'Olga',
  'Fatima',
  'Emma',
  'Olivia',
  'Ava',
  'Mia',
  'Chloé',
  'Giulia',
  'Eva',
  'Hannah',
  'Aisha',
  'Mei',
]
export const EN_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Dubois',
  'Bernard',
  'Rossi',
  'Russo',
  'Kowalski',
  'Nowak',
  'Jansen',
  'de Vries',
  'Andersson',
  'Johansson',
  'Nielsen',
  'Tanaka',
  'Suzuki',
  'Sato',
  'Kim',
  'Park',
  'Patel',
  'Sharma',
  'Singh',
  "O'Brien",
  'Murphy',
  'Chen',
  'Wang',
  'Nguyen',
  'Costa',
]
export function enName(R, gender) {
  const first = R.pick(gender === 'F' ? EN_FIRST_F : EN_FIRST_M)
  const last = R.pick(EN_LAST)
  return { first, last, name: `${first} ${last}` }
}
export const asciiSlug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'u')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase()

// ------------------------------------------------------------------------------------------------ generators
export function birthDate(R, minAge, maxAge, on = new Date('2024-06-30')) {
  const from = new Date(Date.UTC(on.getUTCFullYear() - maxAge - 1, on.getUTCMonth(), on.getUTCDate() + 1))
  const to = new Date(Date.UTC(on.getUTCFullYear() - minAge, on.getUTCMonth(), on.getUTCDate()))
  const d = R.date(from.toISOString(), to.toISOString())
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}
/** GB 11643 18-digit ID: area + birth + sequence (odd = male) + MOD 11-2 check. */
export function cnId(R, areaCode, birth, gender) {
  let seq = R.int(0, 99) * 10 + R.int(0, 9)
  if ((seq % 2 === 1) !== (gender === 'M')) seq = (seq + 1) % 1000
  const body = areaCode + ymdCompact(birth) + String(seq).padStart(3, '0')
  const id = body + idCheckChar(body)
  if (!isPrcId18(id)) throw new Error(`bad id ${id}`)
  return id
}
export function cnId15(R, areaCode, birth, gender) {
  let seq = R.int(0, 999)
  if ((seq % 2 === 1) !== (gender === 'M')) seq = (seq + 1) % 1000
  const id = areaCode + ymdCompact(birth).slice(2) + String(seq).padStart(3, '0')
  if (!isPrcId15(id)) throw new Error(`bad id15 ${id}`)
  return id
}
/** An 18-digit serial built as <6-digit area/branch code><yyyymmdd><3-digit seq><MOD 11-2 check>: passes full ID validation. */
export function idShapedSerial(R, areaCode, day) {
  const body = areaCode + ymdCompact(day) + R.digits(3)
  const s = body + idCheckChar(body)
  if (!isPrcId18(s)) throw new Error(`serial ${s} does not pass`)
  return s
}
export const maskId = (id) => id.slice(0, 6) + '********' + id.slice(14)
export const maskMobile = (m) => m.slice(0, 3) + '****' + m.slice(7)

const MOBILE_PREFIX = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '182',
  '183',
  '187',
  '188',
  '198',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '166',
  '133',
  '153',
  '180',
  '181',
  '189',
  '177',
  '173',
  '199',
  '191',
  '195',
  '176',
  '178',
  '147',
  '175',
]
export function mobile(R) {
  const m = R.pick(MOBILE_PREFIX) + R.digits(8)
  if (!CN_MOBILE_RE.test(m)) throw new Error(m)
  return m
}
export function landline(R, region) {
  const n = region.tel.length === 3 ? 8 : R.chance(0.7) ? 8 : 7
  const v = `${region.tel}-${R.int(2, 8)}${R.digits(n - 1)}`
  if (!CN_LANDLINE_RE.test(v)) throw new Error(v)
  return v
}
const ROADS = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '和平路',
  '新华路',
  '胜利路',
  '文化路',
  '青年路',
  '光明路',
  '朝阳路',
  '长江路',
  '黄河路',
  '学府路',
  '科技路',
  '幸福路',
  '东风路',
  '南京路',
  '北京路',
  '民主路',
  '工农路',
  '复兴路',
  '团结路',
  '育才路',
]
const COMMUNITIES = [
  '阳光花园',
  '锦绣家园',
  '金色港湾',
  '翠湖苑',
  '万科城',
  '碧桂园',
  '保利花园',
  '幸福里小区',
  '绿地世纪城',
  '华润城',
  '名都公寓',
  '书香门第',
  '龙湖春江郦城',
  '世纪新城',
  '东方明珠苑',
  '丽景湾',
  '恒大绿洲',
  '融创玉兰公馆',
]
export function cnAddress(R, region, { withRegion = true } = {}) {
  const head = withRegion
    ? (region.prov === region.city ? region.city : region.prov + region.city) + region.dist
    : ''
  return `${head}${R.pick(ROADS)}${R.int(1, 999)}号${R.pick(COMMUNITIES)}${R.int(1, 32)}栋${R.int(1, 6)}单元${R.int(1, 33)}0${R.int(1, 6)}室`
}
export const postcode = (R, region) =>
  region.post.slice(0, 4) + R.pick(['00', '11', '20', '21', '31', '41', '51', '61', '71'])
const EMAIL_DOMAINS = [
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'foxmail.com',
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  '139.com',
  'aliyun.com',
]
export function cnEmail(R, py, birth) {
  const d = R.pick(EMAIL_DOMAINS)
  if (d === 'qq.com' && R.chance(0.6)) return `${R.int(1, 9)}${R.digits(R.int(6, 9))}@qq.com`
  const local = R.pick([
    () => py[0] + py[1],
    () => `${py[0]}.${py[1]}`,
    () => py[0] + py[1] + String(birth.getUTCFullYear()).slice(2),
    () => py[1] + '_' + py[0] + R.int(1, 999),
    () => py[0][0] + py[1] + R.digits(3),
  ])()
  return `${local}@${d}`
}
const UNIONPAY_BINS = [
  '622202',
  '621226',
  '622848',
  '621700',
  '622588',
  '621483',
  '622700',
  '621661',
  '622262',
  '621799',
  '623668',
  '622908',
]
export function bankCard(R, kind = 'cn') {
  if (kind === 'visa') return luhnComplete('4' + R.pick(['36742', '27020', '33666', '51288']) + R.digits(9))
  if (kind === 'mc') return luhnComplete(R.pick(['51', '52', '53', '55']) + R.digits(13))
  const bin = R.pick(UNIONPAY_BINS)
  const len = R.weighted([
    [19, 6],
    [16, 4],
  ])
  const n = luhnComplete(bin + R.digits(len - 7))
  if (!luhnOk(n) || !cardBrand(n)) throw new Error(n)
  return n
}
const TACS = [
  '86769803',
  '86891004',
  '35332510',
  '35391805',
  '86451203',
  '86071904',
  '35660010',
  '86813005',
  '86956703',
  '35208111',
]
export function imei(R) {
  const v = luhnComplete(R.pick(TACS) + R.digits(6))
  if (!isImei(v)) throw new Error(v)
  return v
}
export const imsi = (R) => '460' + R.pick(['00', '02', '07', '01', '06', '03', '11']) + R.digits(10)
export const iccid = (R) => luhnComplete('8986' + R.pick(['00', '01', '03', '11']) + R.digits(13))
export const mac = (R) =>
  Array.from({ length: 6 }, (_, i) => (i === 0 ? (R.int(0, 63) * 4).toString(16).padStart(2, '0') : R.hex(2)))
    .join(':')
    .toUpperCase()
const CN_IP_A = [
  36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
  123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223,
]
export const ipv4 = (R) => `${R.pick(CN_IP_A)}.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}`
export const ipv4Intl = (R) =>
  `${R.pick([24, 31, 46, 62, 73, 81, 86, 92, 98, 104, 151, 176, 185, 188, 193, 212, 213, 217])}.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}`
export const ipv6 = (R) =>
  `240${R.pick(['8', 'e', '9'])}:${R.hex(4)}:${R.hex(4)}:${R.hex(4)}:${R.hex(4).replace(/^0+/, '') || '0'}:${R.hex(4).replace(/^0+/, '') || '0'}:${R.hex(4).replace(/^0+/, '') || '0'}:${R.hex(4).replace(/^0+/, '') || '0'}`
export const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
  'Mozilla/5.0 (Linux; Android 14; 23049RAD8C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; V2219A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81',
  'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  'okhttp/4.12.0',
  'Dalvik/2.1.0 (Linux; U; Android 12; HarmonyOS; NOH-AN00 Build/HUAWEINOH-AN00)',
]
export function uscc(R, { prefix = '91', area }) {
  const alnum = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const org8 = R.chance(0.7) ? R.digits(8) : R.chars(1, 'MLKPQ') + R.digits(7)
  const body17 = prefix + area + org8 + orgCodeCheckChar(org8)
  if ([...body17].some((c) => !alnum.includes(c))) throw new Error(body17)
  const v = body17 + usccCheckChar(body17)
  if (!isUscc(v)) throw new Error(`bad uscc ${v}`)
  return v
}
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
export function plate(R, prov = R.pick([...PLATE_PROV])) {
  const city = R.pick([...'ABCDEFGH'])
  let v
  if (R.chance(0.2))
    v = prov + city + R.pick(['D', 'F', 'A', 'B']) + R.chars(1, PLATE_LETTERS + '0123456789') + R.digits(4)
  else
    v =
      prov +
      city +
      Array.from({ length: 5 }, (_, i) =>
        i < 2 && R.chance(0.3) ? R.chars(1, PLATE_LETTERS) : R.digits(1),
      ).join('')
  if (!PLATE_RE.test(v)) throw new Error(v)
  return v
}
export function vin(R, wmi) {
  const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
  const yearCodes = 'HJKLMNPRS' // 2017..2025
  const v0 = wmi + R.chars(5, A) + '0' + R.pick([...yearCodes]) + R.chars(1, A) + R.digits(6)
  const v = v0.slice(0, 8) + vinCheckChar(v0) + v0.slice(9)
  if (!isVin(v)) throw new Error(v)
  return v
}
export function hkid(R) {
  const letter = R.chars(1, 'ABCDEGHKMPRVYZ')
  const six = R.digits(6)
  let sum = 36 * 9 + (letter.charCodeAt(0) - 55) * 8
  for (let i = 0; i < 6; i++) sum += +six[i] * (7 - i)
  const r = 11 - (sum % 11)
  const v = `${letter}${six}(${r === 11 ? '0' : r === 10 ? 'A' : r})`
  if (!isHkid(v)) throw new Error(v)
  return v
}
export function twId(R, gender) {
  const letter = R.chars(1, 'ABCDEFHJKLMNPQRTUVWXYZ')
  const base = letter + (gender === 'F' ? '2' : '1') + R.digits(7)
  for (let c = 0; c <= 9; c++) if (isTwId(base + c)) return base + c
  throw new Error(base)
}
export function ssn(R) {
  for (;;) {
    const v = `${String(R.int(1, 899)).padStart(3, '0')}-${String(R.int(1, 99)).padStart(2, '0')}-${String(R.int(1, 9999)).padStart(4, '0')}`
    if (isSsn(v) && !v.startsWith('666')) return v
  }
}
export function iban(R, cc) {
  const bban = {
    DE: () => R.digits(8) + R.digits(10),
    GB: () => R.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + R.digits(6) + R.digits(8),
    FR: () => R.digits(5) + R.digits(5) + R.digits(11) + R.digits(2),
    NL: () => R.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + R.digits(10),
    ES: () => R.digits(20),
    IT: () => R.chars(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + R.digits(10) + R.digits(12),
  }[cc]()
  const check = 98 - mod97(bban + cc + '00')
  const v = cc + String(check).padStart(2, '0') + bban
  if (!isIban(v)) throw new Error(v)
  return v
}
export const passportCn = (R) =>
  R.chance(0.7) ? 'E' + R.digits(8) : 'E' + R.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + R.digits(7)
export const sha256 = (s) => createHash('sha256').update(s).digest('hex')
export const md5 = (s) => createHash('md5').update(s).digest('hex')
const B64BC = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const bcrypt = (R) => `$2b$12$${R.chars(53, B64BC)}`
export const base32 = (R, n) => R.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
/** Small but well-formed JPEG byte sequence (SOI, JFIF APP0, random payload, EOI) as a bytea hex literal. */
export function jpegBytea(R, n = 48) {
  return raw(`'\\xffd8ffe000104a46494600010100000100010000ffdb${R.hex(n * 2)}ffd9'::bytea`)
}
/** Nudge a coordinate by up to `meters`. */
export function jitter(R, lat, lng, meters) {
  const dLat = ((R.next() * 2 - 1) * meters) / 111320
  const dLng = ((R.next() * 2 - 1) * meters) / (111320 * Math.cos((lat * Math.PI) / 180))
  return [Number((lat + dLat).toFixed(6)), Number((lng + dLng).toFixed(6))]
}

// ------------------------------------------------------------------------------------------------ SQL output
export const raw = (sql) => ({ __raw: sql })
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc both case cast check collate column constraint create current_date ' +
    'current_user default desc distinct do else end except false fetch for foreign from grant group having in initially intersect ' +
    'into lateral leading limit not null offset on only or order placing primary references returning select session_user some ' +
    'symmetric table then to trailing true union unique user using variadic when where window with'
  ).split(' '),
)
export const q = (id) =>
  /^[a-z_][a-z0-9_]*$/.test(id) && !RESERVED.has(id) ? id : `"${id.replace(/"/g, '""')}"`
const str = (s) => `'${String(s).replace(/'/g, "''")}'`
export function lit(v) {
  if (v === null || v === undefined) return 'NULL'
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (v instanceof Date) return str(ts(v))
  if (typeof v === 'object' && '__raw' in v) return v.__raw
  if (typeof v === 'object') return `${str(JSON.stringify(v))}::jsonb`
  return str(v)
}
function leafPaths(value, prefix, out) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, prefix ? `${prefix}.${k}` : k, out)
  } else if (prefix) out.add(prefix)
}

export class SqlWriter {
  constructor(title) {
    this.parts = [
      `-- ${title}`,
      "-- SYNTHETIC DATA generated by generate.mjs for pimap's evaluation corpus. No real person is described;",
      '-- identifiers are generated to be check-digit valid and may coincidentally equal real ones. Do not use outside tests.',
      'SET client_min_messages = warning;',
      '',
    ]
  }
  /**
   * columns: [name, sqlType, comment?][]; rows: objects keyed by column name.
   * For jsonb columns the union of leaf paths is written as a `-- jsonb-paths` line (read by check.mjs).
   */
  table(name, { comment, columns, rows }) {
    if (rows.length < 50 || rows.length > 300) throw new Error(`${name}: ${rows.length} rows (want 50-300)`)
    const P = this.parts
    P.push(`-- table ${name}: ${rows.length} rows`)
    P.push(`CREATE TABLE ${q(name)} (\n${columns.map(([c, t]) => `  ${q(c)} ${t}`).join(',\n')}\n);`)
    if (comment) P.push(`COMMENT ON TABLE ${q(name)} IS ${str(comment)};`)
    for (const [c, , cm] of columns) if (cm) P.push(`COMMENT ON COLUMN ${q(name)}.${q(c)} IS ${str(cm)};`)
    for (const [c, t] of columns) {
      if (!/^jsonb/i.test(t)) continue
      const paths = new Set()
      for (const r of rows) leafPaths(r[c], '', paths)
      P.push(`-- jsonb-paths ${name}.${c}: ${[...paths].sort().join(', ')}`)
    }
    for (const r of rows)
      for (const k of Object.keys(r))
        if (!columns.some(([c]) => c === k)) throw new Error(`${name}: unknown column ${k}`)
    const cols = columns.map(([c]) => q(c)).join(', ')
    for (let i = 0; i < rows.length; i += 100) {
      const chunk = rows.slice(i, i + 100)
      P.push(
        `INSERT INTO ${q(name)} (${cols}) VALUES\n${chunk.map((r) => `(${columns.map(([c]) => lit(r[c])).join(', ')})`).join(',\n')};`,
      )
    }
    P.push('')
  }
  toString() {
    return this.parts.join('\n') + '\n'
  }
}

selfTest()
