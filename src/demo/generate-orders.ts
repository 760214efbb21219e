/**
 * Orders, payments and coupons. Order numbers are `YYYYMMDD` + 10 digits: 18 digits like a resident ID, but
 * never a valid one ("20" is no province code). Coupon codes are 16-digit and Luhn-valid like bank cards, but
 * start with `20yy`, which no card scheme issues.
 */
import { luhnCheckDigit } from '../../rules/validators/luhn.js'
import type { DemoMember } from './demo-people.js'
import { beijingDate, DAY_MS, type DemoTable, money, type SqlValue, timestamp } from './demo-sql.js'
import { type GenerateContext, scaled } from './generate-members.js'
import { Random } from './random.js'

export interface DemoOrder {
  readonly id: number
  readonly member: DemoMember
  readonly orderNo: string
  readonly createdAt: number
}

const SETTLED = [
  'COMPLETED',
  'COMPLETED',
  'COMPLETED',
  'COMPLETED',
  'COMPLETED',
  'CANCELLED',
  'REFUNDED',
  'CLOSED',
]
const RECENT = ['PENDING_PAYMENT', 'PAID', 'SHIPPED']

export interface OrderTables {
  readonly orders: DemoTable
  readonly payments: DemoTable
  /** For the customer-service generators, which quote order numbers in chats. */
  readonly list: readonly DemoOrder[]
}

function tradeNo(rng: Random, channel: string, at: number): string {
  const day = beijingDate(at).replace(/-/g, '')
  if (channel === 'WECHAT') return `42000${rng.digits(23)}`
  if (channel === 'ALIPAY') return `${day}2200${rng.digits(16)}`
  return `${day}${rng.digits(13)}`
}

export function generateOrders(ctx: GenerateContext): OrderTables {
  const rng = new Random(ctx.seed, 'orders')
  const buyers = ctx.members.filter((m) => m.addresses.length > 0)
  const seen = new Set<string>()
  const orders: SqlValue[][] = []
  const payments: SqlValue[][] = []
  const list: DemoOrder[] = []
  for (let id = 1; id <= scaled(5000, ctx.scale) && buyers.length > 0; id++) {
    const m = rng.pickSkewed(buyers, 1.5)
    const createdAt = m.createdAt + rng.next() * (ctx.now - m.createdAt)
    let orderNo: string
    do orderNo = beijingDate(createdAt).replace(/-/g, '') + rng.digits(10)
    while (seen.has(orderNo))
    seen.add(orderNo)
    const address = rng.pick(m.addresses)
    const amount = Math.min(50_000, Math.max(1, Math.exp(rng.normal(4.6, 1.1))))
    const status = ctx.now - createdAt < 3 * DAY_MS ? rng.pick(RECENT) : rng.pick(SETTLED)
    const completedAt =
      status === 'COMPLETED' ? Math.min(createdAt + rng.float(2, 12) * DAY_MS, ctx.now) : null
    orders.push([
      id,
      orderNo,
      m.id,
      address.receiverName,
      address.receiverPhone,
      address.detail,
      money(amount),
      status,
      timestamp(createdAt),
      completedAt === null ? null : timestamp(completedAt),
    ])
    list.push({ id, member: m, orderNo, createdAt })
    if (status === 'PENDING_PAYMENT' || status === 'CANCELLED' || status === 'CLOSED') continue
    const channel = rng.pickSkewed(['WECHAT', 'ALIPAY', 'UNIONPAY'], 1.3)
    const card = rng.pick(m.cards)
    const paidAt = createdAt + rng.float(10, 1800) * 1000
    payments.push([
      payments.length + 1,
      id,
      tradeNo(rng, channel, paidAt),
      channel,
      card.number,
      card.bank,
      m.name.name,
      money(amount),
      timestamp(paidAt),
    ])
  }
  return {
    orders: {
      name: 'orders',
      columns: [
        'id',
        'order_no',
        'member_id',
        'consignee',
        'consignee_phone',
        'consignee_address',
        'total_amount',
        'status',
        'created_at',
        'completed_at',
      ],
      rows: orders,
    },
    payments: {
      name: 'payments',
      columns: [
        'id',
        'order_id',
        'trade_no',
        'pay_channel',
        'bank_card_no',
        'bank_name',
        'card_holder',
        'amount',
        'paid_at',
      ],
      rows: payments,
    },
    list,
  }
}

/** Sales territories: 2-digit province code + 3-digit region number. */
const TERRITORIES = ['11001', '31002', '44003', '51004', '33005', '42006', '61007', '37008']

export function generateCoupons(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'coupons')
  const seen = new Set<string>()
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(1000, ctx.scale); id++) {
    const issuedAt = rng.float(ctx.now - 5 * 365 * DAY_MS, ctx.now - DAY_MS)
    let code: string
    do {
      const payload = `20${beijingDate(issuedAt).slice(2, 4)}${rng.digits(2)}${rng.digits(9)}`
      code = payload + luhnCheckDigit(payload)
    } while (seen.has(code))
    seen.add(code)
    const expiresAt = issuedAt + rng.int(30, 90) * DAY_MS
    const claimed = rng.chance(0.7)
    const status = !claimed
      ? expiresAt < ctx.now
        ? 'EXPIRED'
        : 'UNUSED'
      : rng.chance(0.55)
        ? 'USED'
        : expiresAt < ctx.now
          ? 'EXPIRED'
          : 'UNUSED'
    const face = rng.pick([5, 10, 20, 50, 100])
    rows.push([
      id,
      code,
      claimed ? rng.pick(ctx.members).id : null,
      money(face),
      money(face * rng.pick([0, 5, 10])),
      rng.pick(TERRITORIES),
      status,
      timestamp(expiresAt),
    ])
  }
  return {
    name: 'coupons',
    columns: ['id', 'code', 'member_id', 'face_value', 'min_spend', 'territory_code', 'status', 'expires_at'],
    rows,
  }
}
