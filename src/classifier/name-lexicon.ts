/**
 * Words that decide what a name match means, independent of any single rule. Names are head-final in English
 * and Chinese: `consignee_phone` is a phone and `phone_verified` is a flag, so what follows a match matters.
 */

/** Tokens after a match that keep its meaning: `mobile_no`, `email_addr`, `id_card_enc`, `phone_1`. */
export const NEUTRAL_TRAILING = new Set(
  (
    'no num number nbr nr id code value val text txt str string raw plain full enc encrypted encrypt cipher ' +
    'ciphertext crypt crypted aes hash hashed md5 sha sha1 sha256 digest masked mask desensitized tm info ' +
    'detail details list data json display real main primary secondary backup bak new old orig original ' +
    'last4 first6 one two 1 2 3 4 5 6 7 8 9 0 1st 2nd snapshot copy cn zh en local intl international ' +
    'line hm hao haoma'
  ).split(' '),
)

/** Tokens after a match that make the field metadata about the thing, not the thing: `email_verified`. */
export const META_TRAILING = new Set(
  (
    'verified verify verification count cnt counts type types status state flag flags enabled enable disabled ' +
    'bound bind binding valid validated validation confirmed confirm changed change updated update created ' +
    'at time date ts timestamp len length size format fmt template tpl pattern regex rule rules config conf ' +
    'setting settings source src channel visible visibility public privacy required label desc description ' +
    'tip tips hint placeholder icon file files path url link policy limit max min level rate ratio version ' +
    'ver prefix suffix mode option options permission permissions consent agreed agree masking masked_flag ' +
    'key index idx seq order sort column field col mapping map check checked checker error errors err retry ' +
    'attempts attempt expire expires expiry expired ttl quota sent send receive received notify notice ' +
    'notification subscribed subscribe unsubscribed allowed allow required_flag optin optout opt ' +
    'public_flag sync synced'
  ).split(' '),
)

/** Leading tokens that make a field a boolean flag: `is_phone_bound`, `has_email`. */
export const FLAG_LEADING = new Set(
  'is has have can need needs allow enable show hide use if should was'.split(' '),
)

/** Chinese suffixes after a keyword that make the field metadata: 手机号验证状态. */
export const META_HAN = [
  '状态',
  '类型',
  '标志',
  '标记',
  '次数',
  '数量',
  '个数',
  '验证',
  '校验',
  '格式',
  '模板',
  '是否',
  '开关',
  '权限',
  '规则',
  '配置',
  '来源',
  '渠道',
  '更新时间',
  '修改时间',
  '创建时间',
  '长度',
  '前缀',
  '后缀',
  '有效期',
  '过期',
]

/** Chinese suffixes that keep the meaning: 手机号码, 身份证号(加密). */
export const NEUTRAL_HAN = [
  '号码',
  '号',
  '码',
  '编号',
  '信息',
  '详情',
  '列表',
  '加密',
  '密文',
  '脱敏',
  '明文',
  '原文',
  '字段',
]

/**
 * Container (table, collection, file) words that make ambiguous names personal: `name` in `members` is a
 * person's name, `name` in `products` is not.
 */
export const PERSON_CONTAINER_TOKENS = new Set(
  (
    'user users member members customer customers cust client clients employee employees emp staff person ' +
    'persons people patient patients guest guests contact contacts student students child children kid kids ' +
    'account accounts profile profiles consignee consignees receiver receivers recipient passenger passengers ' +
    'driver drivers applicant applicants owner owners holder holders teacher teachers parent parents guardian ' +
    'guardians visitor visitors buyer buyers subscriber subscribers lead leads candidate candidates resident ' +
    'residents citizen citizens traveler travelers traveller travellers tenant tenants borrower borrowers ' +
    'policyholder insured beneficiary beneficiaries volunteer volunteers participant participants attendee ' +
    'attendees author authors sender senders family friend friends spouse addresses address verification ' +
    'verifications kyc realname identity identities auth yonghu huiyuan kehu yuangong huanzhe xuesheng ' +
    'yh hy kh yg hz xs registration registrations booking bookings reservation reservations stay stays ' +
    'checkin subscriber subscribers enrollment enrollments'
  ).split(' '),
)

/** Chinese container words (table comments, Chinese table names). */
export const PERSON_CONTAINER_HAN = [
  '用户',
  '会员',
  '客户',
  '员工',
  '职工',
  '人员',
  '患者',
  '病人',
  '学生',
  '儿童',
  '联系人',
  '收货',
  '乘客',
  '住客',
  '旅客',
  '顾客',
  '申请人',
  '居民',
  '实名',
  '家长',
  '监护人',
]

/**
 * Names of identifiers that are not about a person (`order_no`, `coupon_code`): values that happen to pass a
 * checksum in such a field are treated as coincidences unless a personal name also matches.
 */
export const NON_PERSONAL_ID_TOKENS = new Set(
  (
    'order orders coupon coupons voucher sku product products item items goods invoice tracking waybill ' +
    'shipment parcel batch lot trade txn transaction transactions trace request req job task ' +
    'build release version commit hash checksum barcode ean isbn upc gtin asin promo promotion gift redeem ' +
    'ddh dingdan lsh quan quanma youhuiquan lipinka'
  ).split(' '),
)

/**
 * Words that may be glued in front of a phrase without a separator (`useremail`, `homephone`, `djrsfzh` =
 * 登记人 + 身份证号). Only these prefixes are accepted, so `headphone` and `microphone` stay unmatched.
 */
export const GLUED_PREFIXES = new Set(
  (
    'user usr home work office contact customer cust member receiver consignee sender buyer guest patient ' +
    'emergency parent guardian owner holder legal real billing shipping delivery register reg login last ' +
    'primary bind my cardholder account client employee emp staff student teacher applicant person personal ' +
    'private mother father spouse driver passenger tenant resident family recv ship bill ' +
    'djr jhr fr lxr shr sjr sqr br kh yh hy czr frdb jzr khr fddbr'
  ).split(' '),
)

/**
 * Numeric fields named like measures or keys (`id`, `amount`, `qty`): without a personal name match they are
 * not read at all. Numeric fields with uninformative names (`c5`, `value`) are still read, because a phone
 * number stored as bigint is only visible in its values.
 */
export const NUMERIC_MEASURE_TOKENS = new Set(
  (
    'id pk amount price qty quantity count cnt total sum fee cost stock sort seq sequence version ver status ' +
    'type flag rank level points discount tax rate ratio percent pct duration size length width depth ' +
    'views clicks likes year month day hour minute second ms ts epoch'
  ).split(' '),
)

/**
 * Containers about organisations and things (`companies`, `hotels`, `base_station`, `科室`): their phone numbers,
 * addresses, names and coordinates belong to the organisation, unless the field names a person in it.
 */
export const ORG_CONTAINER_TOKENS = new Set(
  (
    'company companies corp corporation enterprise enterprises org orgs organization organizations organisation ' +
    'organisations dept depts department departments branch branches store stores shop shops merchant merchants ' +
    'supplier suppliers vendor vendors warehouse warehouses hotel hotels station stations outlet outlets site sites ' +
    'office offices factory factories bank banks school schools hospital hospitals clinic clinics institution ' +
    'institutions agency agencies partner partners carrier carriers product products sku skus ' +
    'catalog catalogue category categories tariff plan plans venue venues facility facilities tower towers ' +
    'setting settings config configs configuration configurations ' +
    'gongsi qiye bumen keshi ks wangdian mendian cangku jizhan shanghu gongyingshang jigou yiyuan xuexiao jiudian'
  ).split(' '),
)

export const ORG_CONTAINER_HAN = [
  '系统配置',
  '公司',
  '企业',
  '部门',
  '科室',
  '网点',
  '门店',
  '仓库',
  '酒店',
  '基站',
  '商户',
  '供应商',
  '机构',
  '医院',
  '学校',
  '银行',
  '商品',
  '产品',
  '单位字典',
  '字典',
]

/** Field-name words that point at a person inside an organisation container (`legal_person`, `manager_phone`). */
export const PERSON_ROLE_TOKENS = new Set(
  (
    'contact person legal manager owner boss director principal rep representative agent holder founder ceo ' +
    'lxr fzr fddbr frdb fr jl lianxiren fuzeren faren'
  ).split(' '),
)
export const PERSON_ROLE_HAN = ['联系人', '负责人', '法人', '法定代表人', '经理', '店长', '院长', '校长']

/** Chinese comment labels of identifiers that are not about a person (流水号, 订单号, 券码). */
export const NON_PERSONAL_ID_HAN = [
  '流水号',
  '订单号',
  '订单编号',
  '单号',
  '券码',
  '优惠码',
  '兑换码',
  '批次号',
  '版本号',
  '商品编码',
  '工单号',
  '运单号',
  '发票号',
  '凭证号',
  '交易号',
  '礼品卡',
  '序号',
]

/** Pinyin-initial suffixes of such identifiers, glued in one token (`jylsh` = 交易流水号, `wlddh`). */
export const NON_PERSONAL_ID_SUFFIXES = ['lsh', 'ddh', 'ydh', 'fph', 'pzh']
