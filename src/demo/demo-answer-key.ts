/**
 * What a good classifier should say about every field of the demo database: the category id (from
 * `rules/categories.ts`) or null for non-personal fields, including the traps. jsonb columns are listed by the
 * dotted paths the connectors flatten them into (`profile.emergency_contact.phone`), booleans inside documents
 * excepted (the flattener drops them). The evaluation and the demo test both read this list.
 */
import type { DemoTableName } from './demo-schema.js'

export interface DemoAnswer {
  readonly table: string
  /** Column name, or dotted path inside a jsonb column. */
  readonly field: string
  /** Expected category id; null for fields that are not personal information. */
  readonly category: string | null
  /** Sensitive personal information (GB/T 35273 Annex B, PIPL Art. 28), including anything about a child. */
  readonly sensitive?: boolean
}

/** `!` before a category marks the field sensitive; null means not personal. */
type TableKey = Readonly<Record<string, string | null>>

const NON_PERSONAL = (...fields: string[]): TableKey => Object.fromEntries(fields.map((f) => [f, null]))

const KEY: Readonly<Record<DemoTableName, TableKey>> = {
  categories: NON_PERSONAL('id', 'name', 'parent_id'),
  // Product names like 王老吉凉茶 and 张小泉剪刀 contain surnames; they are brands, not people.
  products: NON_PERSONAL('id', 'sku', 'name', 'category_id', 'price', 'stock', 'created_at'),
  // A company hotline, a no-reply sender and the shop's name are business data.
  settings: NON_PERSONAL(
    'key',
    'value.per_minute',
    'value.per_day',
    'value.days',
    'value.enabled',
    'value.phone',
    'value.hours',
    'value.from',
    'value.name',
    'value.android',
    'value.ios',
    'updated_at',
  ),
  // Versions like 6.1.2.4 parse as IPv4; zip_file is a file name, not a postcode.
  app_releases: NON_PERSONAL('id', 'platform', 'version', 'released_at', 'changelog', 'zip_file'),
  members: {
    id: null,
    username: 'account.username',
    xm: 'person.name',
    nickname: 'person.nickname',
    sjhm: 'contact.phone',
    email: 'contact.email',
    gender: 'person.gender',
    birthday: 'person.birthdate',
    password_hash: '!credential.password',
    avatar_url: '!person.photo',
    register_ip: 'network.ip',
    'profile.wechat': 'contact.im',
    'profile.qq': 'contact.im',
    'profile.emergency_contact.name': 'person.name',
    'profile.emergency_contact.phone': 'contact.phone',
    'profile.emergency_contact.relation': 'contacts.relationship',
    'profile.preferences.language': null,
    // Flags about personal data are not personal data.
    email_verified: null,
    is_phone_bound: null,
    priviledge_birthday: null,
    status: null,
    created_at: null,
    last_login_at: null,
  },
  member_real_name_verifications: {
    id: null,
    member_id: null,
    real_name: 'person.name',
    sfzh: '!id.national',
    id_card_front: '!id.document_image',
    id_card_back: '!id.document_image',
    face_feature: '!biometric.face',
    verify_channel: null,
    verified_at: null,
  },
  member_addresses: {
    id: null,
    member_id: null,
    receiver_name: 'person.name',
    receiver_phone: 'contact.phone',
    province: 'contact.locality',
    city: 'contact.locality',
    district: 'contact.locality',
    detail_address: 'contact.address',
    postal_code: 'contact.postal_code',
    is_default: null,
    created_at: null,
  },
  orders: {
    id: null,
    // 18 digits shaped like a resident ID, but an order number (transaction record of the buyer).
    order_no: '!financial.transaction',
    member_id: null,
    consignee: 'person.name',
    consignee_phone: 'contact.phone',
    consignee_address: 'contact.address',
    total_amount: '!financial.transaction',
    status: null,
    created_at: null,
    completed_at: null,
  },
  payments: {
    id: null,
    order_id: null,
    trade_no: '!financial.transaction',
    pay_channel: null,
    bank_card_no: '!financial.bank_card',
    bank_name: '!financial.account',
    card_holder: 'person.name',
    amount: '!financial.transaction',
    paid_at: null,
  },
  // 16-digit Luhn-valid codes that are not cards; a 5-digit territory code that is not a postcode.
  coupons: NON_PERSONAL(
    'id',
    'code',
    'member_id',
    'face_value',
    'min_spend',
    'territory_code',
    'status',
    'expires_at',
  ),
  login_logs: {
    id: null,
    member_id: null,
    login_ip: 'network.ip',
    user_agent: 'network.user_agent',
    device_id: 'device.id',
    login_type: null,
    success: null,
    logged_at: null,
  },
  device_logs: {
    id: null,
    member_id: null,
    device_id: 'device.id',
    imei: 'device.id',
    platform: null,
    os_version: null,
    device_model: null,
    app_version: null,
    client_ip: 'network.ip',
    latitude: '!location.gps',
    longitude: '!location.gps',
    reported_at: null,
  },
  cs_call_records: {
    id: null,
    member_id: null,
    // zjhm here is 主叫号码 (calling number), not 证件号码: the values decide.
    zjhm: '!communication.record',
    bjhm: '!communication.record',
    direction: null,
    call_start: null,
    duration_sec: null,
    recording_url: '!communication.content',
  },
  cs_chat_messages: {
    id: null,
    session_id: null,
    member_id: null,
    sender: null,
    content: '!communication.content',
    sent_at: null,
  },
  hotel_stays: {
    id: null,
    member_id: null,
    guest_name: 'person.name',
    guest_id_no: '!id.national',
    hotel_name: '!accommodation.stay',
    room_no: '!accommodation.stay',
    check_in: '!accommodation.stay',
    check_out: '!accommodation.stay',
  },
  health_questionnaires: {
    id: null,
    member_id: null,
    height_cm: '!health.physiology',
    weight_kg: '!health.physiology',
    blood_type: '!health.physiology',
    chronic_diseases: '!health.medical',
    allergies: '!health.medical',
    medication: '!health.medical',
    filled_at: null,
  },
  // Everything about a child under 14 is sensitive (PIPL Art. 28, 31); the guardian's own data is not.
  child_accounts: {
    id: null,
    parent_member_id: null,
    child_name: '!person.name',
    child_birthday: '!person.birthdate',
    guardian_name: 'person.name',
    guardian_phone: 'contact.phone',
    school: '!minor.child',
    grade: '!minor.child',
    created_at: null,
  },
}

export const DEMO_ANSWER_KEY: readonly DemoAnswer[] = Object.freeze(
  Object.entries(KEY).flatMap(([table, fields]) =>
    Object.entries(fields).map(([field, spec]): DemoAnswer => {
      if (spec === null) return { table, field, category: null }
      return spec.startsWith('!')
        ? { table, field, category: spec.slice(1), sensitive: true }
        : { table, field, category: spec }
    }),
  ),
)
