/**
 * Customer-service call records and chat messages. Chats are free text where people paste what the form fields
 * hold elsewhere (phone numbers, e-mail addresses, ID numbers, addresses), which only content scanning finds.
 */
import { mobileNumber } from './demo-identifiers.js'
import type { DemoMember } from './demo-people.js'
import { DAY_MS, type DemoTable, type SqlValue, timestamp } from './demo-sql.js'
import { type GenerateContext, scaled } from './generate-members.js'
import type { DemoOrder } from './generate-orders.js'
import { Random } from './random.js'

/** Company numbers: the inbound hotline and the outbound trunk (business numbers, not personal data). */
const HOTLINE = '4008208820'
const OUTBOUND = '02161386000'

export function generateCallRecords(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'cs_call_records')
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(1500, ctx.scale); id++) {
    const m = rng.chance(0.9) ? rng.pick(ctx.members) : null
    const customer = m?.mobile ?? mobileNumber(rng)
    const inbound = rng.chance(0.75)
    const from = m?.createdAt ?? ctx.now - 5 * 365 * DAY_MS
    const start = from + rng.next() * (ctx.now - from)
    const answered = rng.chance(0.9)
    const duration = answered ? Math.round(Math.exp(rng.normal(5, 0.8))) : 0
    const day = new Date(start).toISOString().slice(0, 10).replace(/-/g, '/')
    rows.push([
      id,
      m?.id ?? null,
      inbound ? customer : OUTBOUND,
      inbound ? HOTLINE : customer,
      inbound ? 'IN' : 'OUT',
      timestamp(start),
      duration,
      duration > 0 ? `https://cs-rec.paimall.cn/${day}/${rng.hex(20)}.mp3` : null,
    ])
  }
  return {
    name: 'cs_call_records',
    columns: ['id', 'member_id', 'zjhm', 'bjhm', 'direction', 'call_start', 'duration_sec', 'recording_url'],
    rows,
  }
}

type Fill = (m: DemoMember, order: DemoOrder | undefined) => string

/** User messages; the ones that quote personal data are about a quarter of all user lines. */
const USER_WITH_DATA: readonly Fill[] = [
  (_, o) => (o ? `你好，我的订单${o.orderNo}一直没发货，什么时候能发？` : '你好，我下的单一直没发货'),
  (m) => {
    const a = m.addresses[0]
    return a
      ? `收货地址填错了，麻烦改成${a.detail}，收件人${a.receiverName}，电话${a.receiverPhone}`
      : '地址填错了'
  },
  (m) => `我换手机号了，新号码${m.mobile}，帮我改一下绑定`,
  (m) => (m.email ? `发票开好了请发到我邮箱${m.email}，谢谢` : '发票什么时候能开好？'),
  (m) => `实名认证一直提示失败，我的身份证号是${m.idNumber}，名字${m.name.name}`,
  (m) => `快递到了打我电话 ${m.mobile.slice(0, 3)} ${m.mobile.slice(3, 7)} ${m.mobile.slice(7)}`,
]
const USER_PLAIN = [
  '退款怎么还没到账？',
  '快递员电话打不通，能帮忙联系一下吗',
  '东西收到了，质量不错',
  '优惠券用不了，提示不满足使用条件',
  '能开增值税专用发票吗？',
  '尺码买错了，可以换货吗',
  '在吗？',
  '好的，谢谢',
]
const AGENT = [
  '您好，很高兴为您服务，请问有什么可以帮您？',
  '请您提供一下订单号，我帮您查询',
  '已为您催促仓库，预计48小时内发货',
  '亲，退款会在1-3个工作日内原路退回',
  '地址已经帮您修改好了，请在订单详情中确认',
  '为了保护您的账户安全，请不要在聊天中发送身份证号码等敏感信息哦',
  '好的，已为您登记，稍后会有专员联系您',
  '感谢您的耐心等待，还有其他可以帮您的吗？',
]
const BOT_GREETING = '您好，我是智能客服小派，请描述您的问题～'
const BOT_TRANSFER = '正在为您转接人工客服，请稍候…'

export function generateChatMessages(ctx: GenerateContext, orders: readonly DemoOrder[]): DemoTable {
  const rng = new Random(ctx.seed, 'cs_chat_messages')
  const ordersByMember = new Map<number, DemoOrder[]>()
  for (const o of orders) {
    const list = ordersByMember.get(o.member.id)
    if (list) list.push(o)
    else ordersByMember.set(o.member.id, [o])
  }
  const target = scaled(6000, ctx.scale)
  const rows: SqlValue[][] = []
  while (rows.length < target) {
    const m = rng.pick(ctx.members)
    const mine = ordersByMember.get(m.id)
    const order = mine ? rng.pick(mine) : undefined
    let at = (order?.createdAt ?? m.createdAt) + rng.float(0.1, 20) * DAY_MS
    if (at > ctx.now) at = ctx.now - rng.float(1, 3600) * 1000
    const session = `cs${rng.hex(24)}`
    const say = (sender: string, content: string) => {
      rows.push([rows.length + 1, session, m.id, sender, content, timestamp(Math.min(at, ctx.now - 60_000))])
      at += rng.float(5, 120) * 1000
    }
    const bot = rng.chance(0.5)
    if (bot) say('BOT', BOT_GREETING)
    for (let turn = rng.int(1, 4); turn > 0 && rows.length < target; turn--) {
      const user = rng.chance(0.3) ? rng.pick(USER_WITH_DATA)(m, order) : rng.pick(USER_PLAIN)
      say('USER', user)
      if (bot && rows.at(-2)?.[3] === 'BOT') say('BOT', BOT_TRANSFER)
      say('AGENT', rng.pick(AGENT))
    }
  }
  return {
    name: 'cs_chat_messages',
    columns: ['id', 'session_id', 'member_id', 'sender', 'content', 'sent_at'],
    rows: rows.slice(0, target),
  }
}
