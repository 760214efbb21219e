// Synthetic international B2B SaaS CRM in English snake_case without comments: companies, contacts, leads, users,
// audit log, jsonb user settings and contact custom fields, webhooks, billing profiles, sales territories.
// Run: node eval/datasets/saas-crm/generate.mjs > eval/datasets/saas-crm/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('saas-crm/v1')
const W = new L.SqlWriter('saas-crm: multi-tenant CRM (synthetic)')

const PLACES = [
  [
    'US',
    'San Francisco',
    () => '941' + R.digits(2),
    '415',
    () => `${R.int(1, 999)} ${R.pick(['Market St', 'Mission St', 'Folsom St', 'Valencia St'])}`,
  ],
  [
    'US',
    'New York',
    () => '100' + R.digits(2),
    '212',
    () => `${R.int(1, 999)} ${R.pick(['Fifth Avenue', 'Broadway', 'W 34th St', 'Lexington Ave'])}`,
  ],
  [
    'US',
    'Boston',
    () => '021' + R.digits(2),
    '617',
    () => `${R.int(1, 300)} ${R.pick(['Boylston St', 'Beacon St', 'Summer St'])}`,
  ],
  [
    'US',
    'Austin',
    () => '787' + R.digits(2),
    '512',
    () => `${R.int(100, 9999)} ${R.pick(['Congress Ave', 'Lamar Blvd', 'Guadalupe St'])}`,
  ],
  [
    'GB',
    'London',
    () =>
      `${R.pick(['EC1A', 'SW1A', 'W1D', 'N1', 'SE1'])} ${R.int(1, 9)}${R.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    '20',
    () => `${R.int(1, 200)} ${R.pick(['Old Street', 'Baker Street', 'Borough High Street', 'Upper Street'])}`,
  ],
  [
    'GB',
    'Manchester',
    () => `M${R.int(1, 20)} ${R.int(1, 9)}${R.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
    '161',
    () => `${R.int(1, 200)} ${R.pick(['Deansgate', 'Oxford Road', 'Portland Street'])}`,
  ],
  [
    'DE',
    'Berlin',
    () => '10' + R.digits(3),
    '30',
    () => `${R.pick(['Friedrichstraße', 'Torstraße', 'Kastanienallee', 'Karl-Marx-Allee'])} ${R.int(1, 180)}`,
  ],
  [
    'DE',
    'München',
    () => '80' + R.digits(3),
    '89',
    () => `${R.pick(['Leopoldstraße', 'Sendlinger Str.', 'Maximilianstraße'])} ${R.int(1, 120)}`,
  ],
  [
    'FR',
    'Paris',
    () => '750' + String(R.int(1, 20)).padStart(2, '0'),
    '1',
    () =>
      `${R.int(1, 150)} ${R.pick(['rue de Rivoli', 'boulevard Haussmann', 'rue Oberkampf', 'avenue de la République'])}`,
  ],
  [
    'NL',
    'Amsterdam',
    () => `10${R.int(11, 99)} ${R.chars(2, 'ABCDEFGHJKLMNPRSTVWXZ')}`,
    '20',
    () => `${R.pick(['Keizersgracht', 'Prinsengracht', 'Damrak'])} ${R.int(1, 700)}`,
  ],
  ['CN', 'Shanghai', () => '2001' + R.digits(2), '21', () => `${R.int(1, 2000)} Century Avenue, Pudong`],
  [
    'SG',
    'Singapore',
    () => '0' + R.digits(5),
    '',
    () => `${R.int(1, 80)} ${R.pick(['Robinson Road', 'Raffles Place', 'Anson Road'])}`,
  ],
  [
    'JP',
    'Tokyo',
    () => `1${R.digits(2)}-${R.digits(4)}`,
    '3',
    () => `${R.int(1, 5)}-${R.int(1, 20)}-${R.int(1, 30)} ${R.pick(['Marunouchi', 'Shibuya', 'Roppongi'])}`,
  ],
]
const CC = { US: '+1', GB: '+44', DE: '+49', FR: '+33', NL: '+31', CN: '+86', SG: '+65', JP: '+81' }
function phone(place, mobile = false) {
  const [cc, , , area] = place
  if (cc === 'US')
    return R.chance(0.5)
      ? `+1${area}${R.int(2, 9)}${R.digits(6)}`
      : `(${area}) ${R.int(2, 9)}${R.digits(2)}-${R.digits(4)}`
  if (cc === 'CN')
    return mobile
      ? `+86 ${L.mobile(R).replace(/(\d{3})(\d{4})(\d{4})/, '$1 $2 $3')}`
      : `+86 21 ${R.int(5, 6)}${R.digits(7)}`
  if (mobile)
    return {
      GB: () => `+44 7${R.digits(3)} ${R.digits(6)}`,
      DE: () => `+49 15${R.int(1, 9)} ${R.digits(8)}`,
      FR: () => `+33 6 ${R.digits(2)} ${R.digits(2)} ${R.digits(2)} ${R.digits(2)}`,
      NL: () => `+31 6 ${R.digits(8)}`,
      SG: () => `+65 ${R.pick(['8', '9'])}${R.digits(3)} ${R.digits(4)}`,
      JP: () => `+81 90-${R.digits(4)}-${R.digits(4)}`,
    }[cc]()
  return `${CC[cc]} ${area} ${R.int(2, 9)}${R.digits(cc === 'SG' ? 7 : 6)}`.replace('  ', ' ')
}
const domainOf = (name, i) =>
  (L.asciiSlug(name.replace(/\b(Ltd|GmbH|Inc|LLC|K\.K\.|Pvt|SAS|BV|Pte)\b\.?/g, '')).slice(0, 18) ||
    `cn-tech${i}`) + R.pick(['.com', '.io', '.co', '.de', '.co.uk'])

// ---------------------------------------------------------------- companies (80)
const CO_WORDS = [
  'Northwind',
  'Bluefin',
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Cyberdyne',
  'Soylent',
  'Tyrell',
  'Aperture',
  'Gringotts',
]
const CO_PEOPLE = [
  'Johnson & Sons Ltd',
  'Müller Logistik GmbH',
  'Tanaka Shoji K.K.',
  'Patel Pharma Pvt Ltd',
  "O'Brien Brothers Inc",
  'Dubois et Fils SAS',
  'Jansen Bakkerij BV',
  'Kim & Park Partners LLC',
]
const companies = []
for (let i = 0; i < 80; i++) {
  const place = R.pick(PLACES)
  const cn = place[0] === 'CN'
  const name = cn
    ? `${R.pick(['上海', '深圳', '杭州'])}${R.pick(['华信', '鼎盛', '智联', '云图', '数衡'])}${R.pick(['科技', '信息技术', '网络'])}有限公司`
    : i < CO_PEOPLE.length
      ? CO_PEOPLE[i]
      : `${R.pick(CO_WORDS)} ${R.pick(['Analytics', 'Systems', 'Labs', 'Health', 'Retail', 'Logistics', 'Capital'])} ${R.pick(['Inc', 'LLC', 'Ltd', 'GmbH', 'BV', 'Pte Ltd'])}`
  companies.push({
    id: R.uuid(),
    name,
    uscc: cn ? L.uscc(R, { prefix: '91', area: R.pick(['310115', '440305', '330106']) }) : null,
    vat_number:
      {
        DE: () => 'DE' + R.digits(9),
        GB: () => 'GB' + R.digits(9),
        FR: () => 'FR' + R.digits(11),
        NL: () => 'NL' + R.digits(9) + 'B01',
      }[place[0]]?.() ?? null,
    phone: phone(place),
    website: `https://www.${domainOf(name, i)}`,
    industry: R.pick([
      'Software',
      'Healthcare',
      'Retail',
      'Manufacturing',
      'Financial Services',
      'Logistics',
      'Education',
    ]),
    hq_address: `${place[4]()}, ${place[2]()} ${place[1]}`,
    employee_count: R.pick([12, 45, 120, 350, 800, 2500, 12000]),
    annual_revenue: R.int(1, 5000) * 100000,
    created_at: L.ts(R.date('2019-01-01', '2024-06-01')),
    _place: place,
  })
}
W.table('companies', {
  columns: [
    ['id', 'uuid PRIMARY KEY'],
    ['name', 'text NOT NULL'],
    ['uscc', 'char(18)'],
    ['vat_number', 'text'],
    ['phone', 'text'],
    ['website', 'text'],
    ['industry', 'text'],
    ['hq_address', 'text'],
    ['employee_count', 'integer'],
    ['annual_revenue', 'numeric(14,2)'],
    ['created_at', 'timestamptz'],
  ],
  rows: companies.map(({ _place, ...c }) => c),
})

// ---------------------------------------------------------------- users (60) of the CRM tenant
const users = []
for (let i = 0; i < 60; i++) {
  const g = R.chance(0.5) ? 'F' : 'M'
  const n = L.enName(R, g)
  let email = `${L.asciiSlug(n.first)}.${L.asciiSlug(n.last)}@northwind-analytics.com`
  if (users.some((u) => u.email === email)) email = email.replace('@', `${users.length}@`)
  users.push({
    id: R.uuid(),
    email,
    username: `${L.asciiSlug(n.first)[0]}${L.asciiSlug(n.last)}${R.chance(0.3) ? R.int(1, 99) : ''}`,
    display_name: R.chance(0.85) ? n.name : R.pick([`${n.first} ${n.last[0]}.`, n.first]),
    password_hash: L.bcrypt(R),
    mfa_secret: R.chance(0.6) ? L.base32(R, 32) : null,
    api_token: R.chance(0.4)
      ? `sk_live_${R.chars(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`
      : null,
    last_login_ip: R.chance(0.8) ? L.ipv4Intl(R) : `2a02:${R.hex(4)}:${R.hex(4)}::${R.hex(3)}`,
    last_login_at: L.ts(R.date('2024-05-01', '2024-06-29')),
    avatar_url: `https://www.gravatar.com/avatar/${L.md5(email)}?s=128&d=identicon`,
    locale: R.pick(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'nl-NL', 'zh-CN']),
    timezone: R.pick([
      'America/Los_Angeles',
      'America/New_York',
      'Europe/London',
      'Europe/Berlin',
      'Europe/Paris',
      'Asia/Shanghai',
    ]),
    role: R.weighted([
      ['sales_rep', 6],
      ['manager', 2],
      ['admin', 1],
      ['support', 2],
    ]),
    is_active: R.chance(0.9),
    phone_verified: R.chance(0.5),
    _n: n,
  })
}
W.table('users', {
  columns: [
    ['id', 'uuid PRIMARY KEY'],
    ['email', 'text UNIQUE'],
    ['username', 'text'],
    ['display_name', 'text'],
    ['password_hash', 'text'],
    ['mfa_secret', 'text'],
    ['api_token', 'text'],
    ['last_login_ip', 'inet'],
    ['last_login_at', 'timestamptz'],
    ['avatar_url', 'text'],
    ['locale', 'text'],
    ['timezone', 'text'],
    ['role', 'text'],
    ['is_active', 'boolean'],
    ['phone_verified', 'boolean'],
  ],
  rows: users.map(({ _n, ...u }) => u),
})

// ---------------------------------------------------------------- contacts (250) with jsonb custom_fields
const TITLES = [
  'VP Sales',
  'Head of Procurement',
  'CTO',
  'Data Engineer',
  'Office Manager',
  'CFO',
  'Marketing Director',
  'Founder & CEO',
  'IT Administrator',
  'Buyer',
]
const NOTES = [
  'Met at Web Summit; prefers calls after 3pm.',
  'Decision maker, budget approved for Q3.',
  'On parental leave until September.',
  'Asked us not to call her mobile.',
  'Recovering from knee surgery, follow up in 4 weeks.',
  'Moving to Berlin office next month.',
  'Prefers WhatsApp over email.',
  'Was at Acme before; knows our product.',
  'Kids: two, plays golf on Fridays.',
  null,
  null,
  null,
]
const contacts = []
for (let i = 0; i < 250; i++) {
  const co = R.pick(companies)
  const place = co._place
  const g = R.chance(0.5) ? 'F' : 'M'
  const n =
    place[0] === 'CN'
      ? (() => {
          const c = L.cnName(R, g)
          const py = (s) => s[0].toUpperCase() + s.slice(1)
          return { first: py(c.py[1]), last: py(c.py[0]) }
        })()
      : L.enName(R, g)
  const dom = co.website.replace('https://www.', '')
  const cf = {}
  if (R.chance(0.5)) cf.tshirt_size = R.pick(['S', 'M', 'L', 'XL'])
  if (R.chance(0.4)) cf.dietary = R.pick(['vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free', 'none'])
  if (R.chance(0.25)) cf.spouse_name = L.enName(R, g === 'F' ? 'M' : 'F').first
  if (R.chance(0.2)) cf.assistant_phone = phone(place)
  if (R.chance(0.6)) cf.region_id = R.pick(['94107', '02134', '10115', '75008', '60601', '30301'])
  contacts.push({
    id: R.uuid(),
    company_id: co.id,
    first_name: n.first,
    last_name: n.last,
    email: R.chance(0.85)
      ? `${L.asciiSlug(n.first)}${R.pick(['.', '', '_'])}${L.asciiSlug(n.last)}@${dom}`
      : `${L.asciiSlug(n.first)}${L.asciiSlug(n.last)}${R.int(1, 99)}@${R.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}`,
    phone: R.chance(0.8) ? phone(place) : null,
    mobile: R.chance(0.6) ? phone(place, true) : null,
    job_title: R.pick(TITLES),
    linkedin_url: R.chance(0.5)
      ? `https://www.linkedin.com/in/${L.asciiSlug(n.first)}-${L.asciiSlug(n.last)}-${R.hex(6)}`
      : null,
    birthday: R.chance(0.3)
      ? `${R.chance(0.6) ? 1904 : R.int(1960, 1998)}-${String(R.int(1, 12)).padStart(2, '0')}-${String(R.int(1, 28)).padStart(2, '0')}`
      : null,
    address_line1: R.chance(0.7) ? place[4]() : null,
    city: place[1],
    postal_code: place[2](),
    country: place[0],
    email_opt_out: R.chance(0.1),
    email_verified: R.chance(0.7),
    lead_score: R.int(0, 100),
    notes: R.pick(NOTES),
    owner_user_id: R.pick(users).id,
    custom_fields: cf,
    created_at: L.ts(R.date('2020-01-01', '2024-06-20')),
  })
}
W.table('contacts', {
  columns: [
    ['id', 'uuid PRIMARY KEY'],
    ['company_id', 'uuid'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['email', 'text'],
    ['phone', 'text'],
    ['mobile', 'text'],
    ['job_title', 'text'],
    ['linkedin_url', 'text'],
    ['birthday', 'date'],
    ['address_line1', 'text'],
    ['city', 'text'],
    ['postal_code', 'text'],
    ['country', 'char(2)'],
    ['email_opt_out', 'boolean'],
    ['email_verified', 'boolean'],
    ['lead_score', 'smallint'],
    ['notes', 'text'],
    ['owner_user_id', 'uuid'],
    ['custom_fields', 'jsonb'],
    ['created_at', 'timestamptz'],
  ],
  rows: contacts,
})

// ---------------------------------------------------------------- leads (200)
const leads = []
for (let i = 0; i < 200; i++) {
  const place = R.chance(0.6) ? PLACES[R.int(0, 3)] : R.pick(PLACES)
  const n = L.enName(R, R.chance(0.5) ? 'F' : 'M')
  const email = `${L.asciiSlug(n.first)}.${L.asciiSlug(n.last)}${R.chance(0.4) ? R.int(1, 999) : ''}@${R.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'protonmail.com', 'hey.com'])}`
  leads.push({
    id: 300000 + i,
    full_name: n.name,
    email,
    email_sha256: L.sha256(email.toLowerCase()),
    phone: R.chance(0.7) ? phone(place, R.chance(0.5)) : null,
    company_name: R.chance(0.8)
      ? `${R.pick(CO_WORDS)} ${R.pick(['Consulting', 'Studio', 'Partners', 'Dental', 'Bakery'])}`
      : null,
    source: R.pick(['webinar', 'google_ads', 'linkedin_ads', 'organic', 'referral', 'trade_show']),
    utm_campaign: R.pick(['q2_launch', 'spring_promo', 'retargeting_eu', 'brand_us', null]),
    ip_address: L.ipv4Intl(R),
    country_code: place[0],
    zip: place[0] === 'US' ? place[2]() : null,
    status: R.pick(['new', 'contacted', 'qualified', 'disqualified']),
    gdpr_consent_at: R.chance(0.7) ? L.ts(R.date('2023-01-01', '2024-06-20')) : null,
    estimated_deal_value: R.int(1, 200) * 500,
  })
}
W.table('leads', {
  columns: [
    ['id', 'bigint PRIMARY KEY'],
    ['full_name', 'text'],
    ['email', 'text'],
    ['email_sha256', 'char(64)'],
    ['phone', 'text'],
    ['company_name', 'text'],
    ['source', 'text'],
    ['utm_campaign', 'text'],
    ['ip_address', 'inet'],
    ['country_code', 'char(2)'],
    ['zip', 'varchar(10)'],
    ['status', 'text'],
    ['gdpr_consent_at', 'timestamptz'],
    ['estimated_deal_value', 'numeric(12,2)'],
  ],
  rows: leads,
})

// ---------------------------------------------------------------- audit log (300)
const CITIES = [
  ['San Francisco', 'US'],
  ['London', 'GB'],
  ['Berlin', 'DE'],
  ['Paris', 'FR'],
  ['Amsterdam', 'NL'],
  ['Shanghai', 'CN'],
  ['Austin', 'US'],
]
const ACTIONS = [
  'login.success',
  'login.failed',
  'contact.view',
  'contact.update',
  'contact.export',
  'lead.convert',
  'report.download',
  'settings.update',
  'api_token.create',
  'user.invite',
]
const audit = Array.from({ length: 300 }, (_, i) => {
  const u = R.pick(users)
  return {
    id: 1000000 + i,
    user_id: u.id,
    action: R.pick(ACTIONS),
    ip: R.chance(0.85) ? L.ipv4Intl(R) : `2a02:${R.hex(4)}:${R.hex(4)}::${R.hex(3)}`,
    user_agent: R.pick(L.UAS),
    geo_city: R.pick(CITIES)[0],
    occurred_at: L.ts(R.date('2024-06-01', '2024-06-29')),
    resource_id: R.chance(0.7) ? R.pick(contacts).id : null,
    request_id: R.uuid(),
    app_version: `${R.int(2, 4)}.${R.int(0, 12)}.${R.int(0, 9)}.${R.int(1, 254)}`,
  }
})
W.table('audit_log', {
  columns: [
    ['id', 'bigint PRIMARY KEY'],
    ['user_id', 'uuid'],
    ['action', 'text'],
    ['ip', 'inet'],
    ['user_agent', 'text'],
    ['geo_city', 'text'],
    ['occurred_at', 'timestamptz'],
    ['resource_id', 'uuid'],
    ['request_id', 'uuid'],
    ['app_version', 'text'],
  ],
  rows: audit,
})

// ---------------------------------------------------------------- user settings (60) with jsonb prefs
W.table('user_settings', {
  columns: [
    ['user_id', 'uuid PRIMARY KEY'],
    ['prefs', 'jsonb'],
    ['updated_at', 'timestamptz'],
  ],
  rows: users.map((u) => {
    const place = R.pick(PLACES.slice(0, 10))
    const prefs = {
      theme: R.pick(['light', 'dark', 'system']),
      language: u.locale,
      notifications: { email: R.chance(0.8), sms: R.chance(0.3) },
      dashboard: { default_view: R.pick(['pipeline', 'activities', 'forecast']) },
    }
    if (R.chance(0.6))
      prefs.signature = `Best regards,\n${u._n.name}\n${R.pick(['Account Executive', 'Sales Manager', 'Customer Success'])} | Northwind Analytics\n${phone(place, true)}`
    if (R.chance(0.5)) prefs.recovery_phone = phone(place, true)
    if (R.chance(0.5))
      prefs.recovery_email = `${L.asciiSlug(u._n.first)}${R.int(1, 99)}@${R.pick(['gmail.com', 'outlook.com', 'gmx.de'])}`
    if (R.chance(0.4)) prefs.last_location = `${R.float(37.7, 37.8, 6)},${R.float(-122.5, -122.39, 6)}`
    return { user_id: u.id, prefs, updated_at: L.ts(R.date('2024-01-01', '2024-06-29')) }
  }),
})

// ---------------------------------------------------------------- webhooks (50)
W.table('webhooks', {
  columns: [
    ['id', 'bigint PRIMARY KEY'],
    ['tenant_id', 'uuid'],
    ['target_url', 'text'],
    ['secret', 'text'],
    ['events', 'text[]'],
    ['created_by', 'text'],
    ['last_status', 'smallint'],
  ],
  rows: Array.from({ length: 50 }, (_, i) => ({
    id: 70 + i,
    tenant_id: R.pick(companies).id,
    target_url: `https://${R.pick(['hooks.zapier.com/hooks/catch', 'api.example-erp.com/crm/inbound', 'n8n.internal.lan/webhook'])}/${R.hex(8)}`,
    secret: `whsec_${R.chars(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
    events: L.raw(
      `ARRAY[${R.shuffle(['contact.created', 'contact.updated', 'lead.converted', 'deal.won'])
        .slice(0, R.int(1, 3))
        .map((e) => `'${e}'`)
        .join(',')}]::text[]`,
    ),
    created_by: R.pick(users).email,
    last_status: R.pick([200, 200, 200, 204, 410, 500]),
  })),
})

// ---------------------------------------------------------------- billing profiles (60)
const coupon = () => L.luhnComplete('6' + R.digits(14))
W.table('billing_profiles', {
  columns: [
    ['tenant_id', 'uuid PRIMARY KEY'],
    ['billing_email', 'text'],
    ['card_holder', 'text'],
    ['card_brand', 'text'],
    ['card_number_masked', 'text'],
    ['card_exp', 'char(5)'],
    ['iban', 'text'],
    ['vat_id', 'text'],
    ['coupon_code', 'char(16)'],
    ['billing_postcode', 'text'],
  ],
  rows: companies.slice(0, 60).map((c) => {
    const brand = R.pick(['visa', 'mastercard', 'amex'])
    const pan =
      brand === 'visa'
        ? L.bankCard(R, 'visa')
        : brand === 'mastercard'
          ? L.bankCard(R, 'mc')
          : L.luhnComplete(R.pick(['34', '37']) + R.digits(12))
    const holder = L.enName(R, R.chance(0.5) ? 'F' : 'M')
    const sepa = ['DE', 'FR', 'NL'].includes(c._place[0]) && R.chance(0.7)
    const dom = c.website.replace('https://www.', '')
    return {
      tenant_id: c.id,
      billing_email: R.chance(0.5)
        ? `${R.pick(['billing', 'accounts', 'finance', 'ap'])}@${dom}`
        : `${L.asciiSlug(holder.first)}.${L.asciiSlug(holder.last)}@${dom}`,
      card_holder: sepa ? null : holder.name.toUpperCase(),
      card_brand: sepa ? null : brand,
      card_number_masked: sepa ? null : `${pan.slice(0, 6)}${'*'.repeat(pan.length - 10)}${pan.slice(-4)}`,
      card_exp: sepa ? null : `${String(R.int(1, 12)).padStart(2, '0')}/${R.int(25, 30)}`,
      iban: sepa ? L.iban(R, c._place[0]) : null,
      vat_id: c.vat_number,
      coupon_code: R.chance(0.4) ? coupon() : null,
      billing_postcode: c._place[2](),
    }
  }),
})

// ---------------------------------------------------------------- sales territories (50): ids look like US ZIP codes
const TERR = [
  'Bay Area',
  'Boston North',
  'NYC Metro',
  'Austin Central',
  'Chicago Loop',
  'Atlanta',
  'Seattle',
  'Denver',
  'Miami',
  'Phoenix',
]
W.table('territories', {
  columns: [
    ['territory_id', 'varchar(5) PRIMARY KEY'],
    ['name', 'text'],
    ['region', 'text'],
    ['quota_usd', 'numeric(12,2)'],
  ],
  rows: Array.from({ length: 50 }, (_, i) => ({
    territory_id: String(1000 + i * 1931 + R.int(0, 900)).padStart(5, '0'),
    name: `${TERR[i % TERR.length]}${i >= TERR.length ? ` ${['East', 'West', 'North', 'South'][Math.floor(i / TERR.length) - 1] ?? 'SMB'}` : ''}`,
    region: R.pick(['AMER-East', 'AMER-West', 'AMER-Central']),
    quota_usd: R.int(50, 400) * 10000,
  })),
})

process.stdout.write(W.toString())
