/** Login logs, device reports (IMEI, GPS) and hotel stays: the behavioural and location side of a member. */
import { publicIp } from './demo-identifiers.js'
import { type DemoDevice, type DemoMember, randomPerson } from './demo-people.js'
import { REGIONS } from './demo-regions.js'
import { DAY_MS, type DemoTable, type SqlValue, timestamp } from './demo-sql.js'
import { type GenerateContext, scaled } from './generate-members.js'
import { Random } from './random.js'

/** App versions as the client reports them; the iOS ones are four small numbers, i.e. valid IPv4 literals. */
const ANDROID_VERSIONS = ['6.1.7601', '6.0.7512', '5.9.7433', '6.2.7688', '5.8.7390']
const IOS_VERSIONS = ['6.1.2.4', '6.0.1.3', '5.9.3.1', '3.2.1.4', '6.2.0.7']

function appVersion(rng: Random, device: DemoDevice): string {
  return rng.pickSkewed(device.platform === 'ios' ? IOS_VERSIONS : ANDROID_VERSIONS, 1.5)
}

function userAgent(rng: Random, device: DemoDevice | null): string {
  if (device === null) {
    return rng.chance(0.6)
      ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.int(118, 126)}.0.0.0 Safari/537.36`
      : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${rng.int(0, 5)} Safari/605.1.15`
  }
  const version = appVersion(rng, device)
  if (device.platform === 'ios') {
    return rng.chance(0.7)
      ? `PaiMall/${version} (${device.model.replace(/ .*/, '')}; iOS ${device.osVersion}; Scale/3.00)`
      : `Mozilla/5.0 (iPhone; CPU iPhone OS ${device.osVersion.replace(/\./g, '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${rng.int(40, 50)}(0x18003129) NetType/WIFI Language/zh_CN`
  }
  return `Mozilla/5.0 (Linux; Android ${device.osVersion}; ${device.model} Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${rng.int(110, 124)}.0.0.0 Mobile Safari/537.36 PaiMall/${version}`
}

export function generateLoginLogs(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'login_logs')
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(8000, ctx.scale); id++) {
    const m = rng.pickSkewed(ctx.members, 1.4)
    const device = rng.chance(0.8) ? rng.pick(m.devices) : null
    const at = m.createdAt + rng.next() ** 0.6 * (m.lastLoginAt - m.createdAt)
    rows.push([
      id,
      m.id,
      publicIp(rng),
      userAgent(rng, device),
      device?.deviceId ?? null,
      rng.pickSkewed(device ? ['SMS', 'PASSWORD', 'WECHAT'] : ['PASSWORD', 'QR', 'SMS']),
      rng.chance(0.93),
      timestamp(at),
    ])
  }
  return {
    name: 'login_logs',
    columns: ['id', 'member_id', 'login_ip', 'user_agent', 'device_id', 'login_type', 'success', 'logged_at'],
    rows,
  }
}

export function generateDeviceLogs(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'device_logs')
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(4000, ctx.scale); id++) {
    const m = rng.pickSkewed(ctx.members, 1.4)
    const device = rng.pick(m.devices)
    const where = rng.chance(0.85) ? m.home : rng.pick(REGIONS)
    const located = rng.chance(0.85)
    rows.push([
      id,
      m.id,
      device.deviceId,
      device.imei,
      device.platform,
      device.osVersion,
      device.model,
      appVersion(rng, device),
      publicIp(rng, 0.2),
      located ? (where.lat + rng.normal(0, 0.03)).toFixed(6) : null,
      located ? (where.lng + rng.normal(0, 0.03)).toFixed(6) : null,
      timestamp(m.createdAt + rng.next() * (ctx.now - m.createdAt)),
    ])
  }
  return {
    name: 'device_logs',
    columns: [
      'id',
      'member_id',
      'device_id',
      'imei',
      'platform',
      'os_version',
      'device_model',
      'app_version',
      'client_ip',
      'latitude',
      'longitude',
      'reported_at',
    ],
    rows,
  }
}

const HOTEL_BRANDS = [
  '如家酒店',
  '汉庭酒店',
  '全季酒店',
  '亚朵酒店',
  '锦江之星',
  '7天连锁酒店',
  '维也纳酒店',
  '桔子水晶酒店',
]
const HOUR_MS = 3_600_000

/** Beijing wall-clock hour `hour` on the day of `ms`. */
function atHour(ms: number, hour: number): number {
  const dayStart = Math.floor((ms + 8 * HOUR_MS) / DAY_MS) * DAY_MS - 8 * HOUR_MS
  return dayStart + hour * HOUR_MS
}

export function generateHotelStays(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'hotel_stays')
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(1200, ctx.scale); id++) {
    const m: DemoMember = rng.pick(ctx.members)
    // Most bookings are for the member; the rest for a companion, whose ID the hotel also registers.
    const guest = rng.chance(0.7) ? m : randomPerson(rng, ctx.now, { minAge: 18, maxAge: 75 })
    const region = rng.pick(REGIONS)
    const hotel = `${rng.pick(HOTEL_BRANDS)}(${region.city.replace(/市$/, '')}${rng.pick(region.streets)}店)`
    // Checked out at least a day before `now`: every stay in the table is finished.
    const from = Math.min(m.createdAt, ctx.now - 7 * DAY_MS)
    const checkIn = atHour(from + rng.next() * (ctx.now - 7 * DAY_MS - from), rng.int(14, 23))
    const checkOut = atHour(checkIn + rng.int(1, 4) * DAY_MS, rng.int(7, 12))
    rows.push([
      id,
      m.id,
      guest.name.name,
      guest.idNumber,
      hotel,
      `${rng.int(2, 25)}${String(rng.int(1, 30)).padStart(2, '0')}`,
      timestamp(checkIn + rng.int(0, 3599) * 1000),
      timestamp(checkOut + rng.int(0, 3599) * 1000),
    ])
  }
  return {
    name: 'hotel_stays',
    columns: [
      'id',
      'member_id',
      'guest_name',
      'guest_id_no',
      'hotel_name',
      'room_no',
      'check_in',
      'check_out',
    ],
    rows,
  }
}
