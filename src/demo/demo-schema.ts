/**
 * DDL of the demo database: an e-commerce and cloud service modelled on what Chinese privacy policies say such
 * services collect. Naming is deliberately mixed, as in real Chinese schemas: English (`email`), pinyin initials
 * (`xm`, `sjhm`, `sfzh`, `zjhm`), and Chinese column comments on many but not all columns. Some columns are
 * traps that look personal but are not (`email_verified`, `app_version`, `zip_file`, coupon codes).
 */
import { DEMO_ACTIVITY_SCHEMA_SQL } from './demo-schema-activity.js'

/** Tables in creation (and seeding) order; foreign keys point backwards in this list. */
export const DEMO_TABLES = [
  'categories',
  'products',
  'settings',
  'app_releases',
  'members',
  'member_real_name_verifications',
  'member_addresses',
  'orders',
  'payments',
  'coupons',
  'login_logs',
  'device_logs',
  'cs_call_records',
  'cs_chat_messages',
  'hotel_stays',
  'health_questionnaires',
  'child_accounts',
] as const

export type DemoTableName = (typeof DEMO_TABLES)[number]

const CORE_SCHEMA_SQL = `
CREATE TABLE categories (
  id integer PRIMARY KEY,
  name varchar(32) NOT NULL,
  parent_id integer REFERENCES categories (id)
);
COMMENT ON TABLE categories IS '商品类目';
COMMENT ON COLUMN categories.name IS '类目名称';
COMMENT ON COLUMN categories.parent_id IS '上级类目';

CREATE TABLE products (
  id integer PRIMARY KEY,
  sku varchar(20) NOT NULL UNIQUE,
  name varchar(100) NOT NULL,
  category_id integer REFERENCES categories (id),
  price numeric(10, 2) NOT NULL,
  stock integer NOT NULL,
  created_at timestamptz NOT NULL
);
COMMENT ON TABLE products IS '商品';
COMMENT ON COLUMN products.name IS '商品名称';
COMMENT ON COLUMN products.price IS '售价（元）';
COMMENT ON COLUMN products.stock IS '库存';

CREATE TABLE settings (
  key varchar(64) PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
COMMENT ON TABLE settings IS '系统配置';
COMMENT ON COLUMN settings.value IS '配置值';

CREATE TABLE app_releases (
  id integer PRIMARY KEY,
  platform varchar(8) NOT NULL,
  version varchar(16) NOT NULL,
  released_at timestamptz NOT NULL,
  changelog text,
  zip_file text
);
COMMENT ON TABLE app_releases IS 'App发布记录';
COMMENT ON COLUMN app_releases.version IS '版本号';
COMMENT ON COLUMN app_releases.changelog IS '更新说明';
COMMENT ON COLUMN app_releases.zip_file IS '安装包文件名';

CREATE TABLE members (
  id bigint PRIMARY KEY,
  username varchar(32) NOT NULL UNIQUE,
  xm varchar(20),
  nickname varchar(40),
  sjhm varchar(11) NOT NULL,
  email varchar(64),
  gender smallint NOT NULL DEFAULT 0,
  birthday date,
  password_hash char(60) NOT NULL,
  avatar_url text,
  register_ip varchar(45),
  profile jsonb,
  email_verified boolean NOT NULL DEFAULT false,
  is_phone_bound boolean NOT NULL DEFAULT true,
  priviledge_birthday boolean NOT NULL DEFAULT false,
  status smallint NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  last_login_at timestamptz
);
COMMENT ON TABLE members IS '会员信息表';
COMMENT ON COLUMN members.username IS '登录名';
COMMENT ON COLUMN members.xm IS '真实姓名';
COMMENT ON COLUMN members.nickname IS '昵称';
COMMENT ON COLUMN members.sjhm IS '手机号码';
COMMENT ON COLUMN members.gender IS '性别：0未知 1男 2女';
COMMENT ON COLUMN members.birthday IS '出生日期';
COMMENT ON COLUMN members.password_hash IS '登录密码（bcrypt）';
COMMENT ON COLUMN members.avatar_url IS '头像';
COMMENT ON COLUMN members.register_ip IS '注册IP';
COMMENT ON COLUMN members.profile IS '扩展资料（微信号、QQ、紧急联系人）';
COMMENT ON COLUMN members.email_verified IS '邮箱是否已验证';
COMMENT ON COLUMN members.is_phone_bound IS '是否绑定手机';
COMMENT ON COLUMN members.priviledge_birthday IS '是否开通生日特权';
COMMENT ON COLUMN members.status IS '状态：1正常 2冻结 3已注销';

CREATE TABLE member_real_name_verifications (
  id bigint PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members (id),
  real_name varchar(20) NOT NULL,
  sfzh varchar(18) NOT NULL,
  id_card_front text,
  id_card_back text,
  face_feature real[],
  verify_channel varchar(16) NOT NULL,
  verified_at timestamptz NOT NULL
);
COMMENT ON TABLE member_real_name_verifications IS '实名认证记录';
COMMENT ON COLUMN member_real_name_verifications.real_name IS '真实姓名';
COMMENT ON COLUMN member_real_name_verifications.sfzh IS '公民身份号码（15位或18位）';
COMMENT ON COLUMN member_real_name_verifications.id_card_front IS '身份证人像面照片';
COMMENT ON COLUMN member_real_name_verifications.id_card_back IS '身份证国徽面照片';
COMMENT ON COLUMN member_real_name_verifications.face_feature IS '人脸特征向量（128维）';
COMMENT ON COLUMN member_real_name_verifications.verify_channel IS '认证渠道';

CREATE TABLE member_addresses (
  id bigint PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members (id),
  receiver_name varchar(20) NOT NULL,
  receiver_phone varchar(20) NOT NULL,
  province varchar(16) NOT NULL,
  city varchar(16) NOT NULL,
  district varchar(16) NOT NULL,
  detail_address varchar(200) NOT NULL,
  postal_code char(6),
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);
COMMENT ON TABLE member_addresses IS '收货地址';
COMMENT ON COLUMN member_addresses.receiver_name IS '收货人';
COMMENT ON COLUMN member_addresses.receiver_phone IS '收货人电话';
COMMENT ON COLUMN member_addresses.province IS '省';
COMMENT ON COLUMN member_addresses.city IS '市';
COMMENT ON COLUMN member_addresses.district IS '区/县';
COMMENT ON COLUMN member_addresses.detail_address IS '详细地址';
COMMENT ON COLUMN member_addresses.postal_code IS '邮政编码';
COMMENT ON COLUMN member_addresses.is_default IS '是否默认地址';

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  order_no varchar(18) NOT NULL UNIQUE,
  member_id bigint NOT NULL REFERENCES members (id),
  consignee varchar(20) NOT NULL,
  consignee_phone varchar(20) NOT NULL,
  consignee_address varchar(255) NOT NULL,
  total_amount numeric(12, 2) NOT NULL,
  status varchar(16) NOT NULL,
  created_at timestamptz NOT NULL,
  completed_at timestamptz
);
COMMENT ON TABLE orders IS '订单';
COMMENT ON COLUMN orders.order_no IS '订单号';
COMMENT ON COLUMN orders.consignee IS '收货人姓名';
COMMENT ON COLUMN orders.consignee_phone IS '收货人手机';
COMMENT ON COLUMN orders.consignee_address IS '收货地址';
COMMENT ON COLUMN orders.total_amount IS '订单总金额（元）';
COMMENT ON COLUMN orders.status IS '订单状态';

CREATE TABLE payments (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  trade_no varchar(32) NOT NULL,
  pay_channel varchar(16) NOT NULL,
  bank_card_no varchar(19) NOT NULL,
  bank_name varchar(32) NOT NULL,
  card_holder varchar(20) NOT NULL,
  amount numeric(12, 2) NOT NULL,
  paid_at timestamptz NOT NULL
);
COMMENT ON TABLE payments IS '支付记录';
COMMENT ON COLUMN payments.trade_no IS '支付流水号';
COMMENT ON COLUMN payments.pay_channel IS '支付渠道';
COMMENT ON COLUMN payments.bank_card_no IS '银行卡号';
COMMENT ON COLUMN payments.bank_name IS '开户银行';
COMMENT ON COLUMN payments.card_holder IS '持卡人姓名';
COMMENT ON COLUMN payments.amount IS '支付金额';
COMMENT ON COLUMN payments.paid_at IS '支付时间';

CREATE TABLE coupons (
  id bigint PRIMARY KEY,
  code char(16) NOT NULL UNIQUE,
  member_id bigint REFERENCES members (id),
  face_value numeric(8, 2) NOT NULL,
  min_spend numeric(8, 2) NOT NULL,
  territory_code char(5) NOT NULL,
  status varchar(8) NOT NULL,
  expires_at timestamptz NOT NULL
);
COMMENT ON TABLE coupons IS '优惠券';
COMMENT ON COLUMN coupons.code IS '券码';
COMMENT ON COLUMN coupons.face_value IS '面额';
COMMENT ON COLUMN coupons.min_spend IS '使用门槛';
COMMENT ON COLUMN coupons.territory_code IS '适用销售大区编码';
COMMENT ON COLUMN coupons.status IS '状态：UNUSED/USED/EXPIRED';
`

/** The whole demo schema, in {@link DEMO_TABLES} order. */
export const DEMO_SCHEMA_SQL = CORE_SCHEMA_SQL + DEMO_ACTIVITY_SCHEMA_SQL
