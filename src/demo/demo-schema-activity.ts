/**
 * DDL of the demo's activity tables: logs, customer service, hotel stays, health and child accounts. Kept apart
 * from {@link DEMO_SCHEMA_SQL}'s account and order tables only to keep files short; it runs after them.
 */
export const DEMO_ACTIVITY_SCHEMA_SQL = `
CREATE TABLE login_logs (
  id bigint PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members (id),
  login_ip varchar(45) NOT NULL,
  user_agent text,
  device_id varchar(36),
  login_type varchar(16) NOT NULL,
  success boolean NOT NULL,
  logged_at timestamptz NOT NULL
);
COMMENT ON TABLE login_logs IS '登录日志';
COMMENT ON COLUMN login_logs.login_ip IS '登录IP';
COMMENT ON COLUMN login_logs.device_id IS '设备ID';
COMMENT ON COLUMN login_logs.login_type IS '登录方式';
COMMENT ON COLUMN login_logs.logged_at IS '登录时间';

CREATE TABLE device_logs (
  id bigint PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members (id),
  device_id varchar(36) NOT NULL,
  imei varchar(15),
  platform varchar(8) NOT NULL,
  os_version varchar(16),
  device_model varchar(32),
  app_version varchar(16) NOT NULL,
  client_ip inet,
  latitude numeric(9, 6),
  longitude numeric(9, 6),
  reported_at timestamptz NOT NULL
);
COMMENT ON TABLE device_logs IS '设备上报日志';
COMMENT ON COLUMN device_logs.device_id IS '设备唯一标识（Android ID / IDFV）';
COMMENT ON COLUMN device_logs.imei IS '设备IMEI';
COMMENT ON COLUMN device_logs.app_version IS 'App版本号';
COMMENT ON COLUMN device_logs.client_ip IS '客户端IP';
COMMENT ON COLUMN device_logs.latitude IS '纬度';
COMMENT ON COLUMN device_logs.longitude IS '经度';
COMMENT ON COLUMN device_logs.reported_at IS '上报时间';

CREATE TABLE cs_call_records (
  id bigint PRIMARY KEY,
  member_id bigint REFERENCES members (id),
  zjhm varchar(20) NOT NULL,
  bjhm varchar(20) NOT NULL,
  direction varchar(8) NOT NULL,
  call_start timestamptz NOT NULL,
  duration_sec integer NOT NULL,
  recording_url text
);
COMMENT ON TABLE cs_call_records IS '客服通话记录';
COMMENT ON COLUMN cs_call_records.zjhm IS '主叫号码';
COMMENT ON COLUMN cs_call_records.bjhm IS '被叫号码';
COMMENT ON COLUMN cs_call_records.direction IS '呼叫方向：IN呼入 OUT外呼';
COMMENT ON COLUMN cs_call_records.call_start IS '通话开始时间';
COMMENT ON COLUMN cs_call_records.duration_sec IS '通话时长（秒）';
COMMENT ON COLUMN cs_call_records.recording_url IS '通话录音地址';

CREATE TABLE cs_chat_messages (
  id bigint PRIMARY KEY,
  session_id varchar(32) NOT NULL,
  member_id bigint REFERENCES members (id),
  sender varchar(8) NOT NULL,
  content text NOT NULL,
  sent_at timestamptz NOT NULL
);
COMMENT ON TABLE cs_chat_messages IS '在线客服聊天记录';
COMMENT ON COLUMN cs_chat_messages.session_id IS '会话ID';
COMMENT ON COLUMN cs_chat_messages.sender IS '发送方：USER/AGENT/BOT';
COMMENT ON COLUMN cs_chat_messages.content IS '消息内容';
COMMENT ON COLUMN cs_chat_messages.sent_at IS '发送时间';

CREATE TABLE hotel_stays (
  id bigint PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members (id),
  guest_name varchar(20) NOT NULL,
  guest_id_no varchar(18) NOT NULL,
  hotel_name varchar(64) NOT NULL,
  room_no varchar(8) NOT NULL,
  check_in timestamptz NOT NULL,
  check_out timestamptz NOT NULL
);
COMMENT ON TABLE hotel_stays IS '酒店入住记录';
COMMENT ON COLUMN hotel_stays.guest_name IS '入住人姓名';
COMMENT ON COLUMN hotel_stays.guest_id_no IS '入住人证件号码';
COMMENT ON COLUMN hotel_stays.hotel_name IS '酒店名称';
COMMENT ON COLUMN hotel_stays.room_no IS '房间号';
COMMENT ON COLUMN hotel_stays.check_in IS '入住时间';
COMMENT ON COLUMN hotel_stays.check_out IS '离店时间';

CREATE TABLE health_questionnaires (
  id bigint PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES members (id),
  height_cm numeric(4, 1),
  weight_kg numeric(4, 1),
  blood_type varchar(3),
  chronic_diseases text,
  allergies text,
  medication text,
  filled_at timestamptz NOT NULL
);
COMMENT ON TABLE health_questionnaires IS '健康问卷';
COMMENT ON COLUMN health_questionnaires.height_cm IS '身高（cm）';
COMMENT ON COLUMN health_questionnaires.weight_kg IS '体重（kg）';
COMMENT ON COLUMN health_questionnaires.blood_type IS '血型';
COMMENT ON COLUMN health_questionnaires.chronic_diseases IS '慢性病史';
COMMENT ON COLUMN health_questionnaires.allergies IS '过敏史';
COMMENT ON COLUMN health_questionnaires.medication IS '长期用药';

CREATE TABLE child_accounts (
  id bigint PRIMARY KEY,
  parent_member_id bigint NOT NULL REFERENCES members (id),
  child_name varchar(20) NOT NULL,
  child_birthday date NOT NULL,
  guardian_name varchar(20) NOT NULL,
  guardian_phone varchar(11) NOT NULL,
  school varchar(64),
  grade varchar(8),
  created_at timestamptz NOT NULL
);
COMMENT ON TABLE child_accounts IS '儿童账号（不满十四周岁）';
COMMENT ON COLUMN child_accounts.child_name IS '儿童姓名';
COMMENT ON COLUMN child_accounts.child_birthday IS '儿童出生日期';
COMMENT ON COLUMN child_accounts.guardian_name IS '监护人姓名';
COMMENT ON COLUMN child_accounts.guardian_phone IS '监护人手机号';
COMMENT ON COLUMN child_accounts.school IS '就读学校';
COMMENT ON COLUMN child_accounts.grade IS '年级';
`
