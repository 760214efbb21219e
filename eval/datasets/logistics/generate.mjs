// Synthetic express-delivery (快递) system with full-pinyin snake_case column names; Chinese comments on some tables only.
// Outlets, couriers, vehicles, waybills, parcels, courier GPS, products, coupons.
// Run: node eval/datasets/logistics/generate.mjs > eval/datasets/logistics/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('logistics/v1')
const W = new L.SqlWriter('logistics: express-delivery operations (synthetic)')
const TODAY = new Date('2024-06-30')
const SH = L.regionByCode('310115')
const ean13 = (p12) => {
  let s = 0
  for (let i = 0; i < 12; i++) s += +p12[i] * (i % 2 ? 3 : 1)
  return p12 + ((10 - (s % 10)) % 10)
}

// ---------------------------------------------------------------- 网点 outlets (50)
const outlets = []
for (let i = 0; i < 50; i++) {
  const r = i < 30 ? SH : R.pick(L.REGIONS)
  const boss = L.cnName(R, R.chance(0.7) ? 'M' : 'F')
  const individual = R.chance(0.4)
  const [lat, lng] = L.jitter(R, r.lat, r.lng, 5000)
  outlets.push({
    wangdian_bianma: `${r.code.slice(0, 4)}${String(i + 11).padStart(2, '0')}`,
    mingcheng: individual
      ? `${r.city === r.prov ? r.city : r.prov + r.city}${r.dist}${boss.name}快递服务部`
      : `${R.pick(['中通', '圆通', '韵达', '申通'])}快递${r.city.replace('市', '')}${r.dist.replace(/(新区|区|市)$/, '')}${r === SH ? R.pick(['张江', '花木', '陆家嘴', '金桥', '川沙', '北蔡', '三林', '高行']) : R.pick(['城东', '城西', '中心', '开发区'])}营业部`,
    dizhi: L.cnAddress(R, r).replace(/[^号]+室$/, `${R.pick(['底商', '1层', '菜鸟驿站'])}`),
    dianhua: L.landline(R, r),
    fuzeren: boss.name,
    fuzeren_shouji: L.mobile(R),
    jingdu: lng,
    weidu: lat,
    tongyi_shehui_xinyong_daima: L.uscc(R, { prefix: individual ? '92' : '91', area: r.code }),
    _r: r,
  })
}
W.table('wangdian', {
  columns: [
    ['wangdian_bianma', 'char(6) PRIMARY KEY'],
    ['mingcheng', 'varchar(60)'],
    ['dizhi', 'varchar(120)'],
    ['dianhua', 'varchar(20)'],
    ['fuzeren', 'varchar(20)'],
    ['fuzeren_shouji', 'varchar(11)'],
    ['jingdu', 'numeric(10,6)'],
    ['weidu', 'numeric(9,6)'],
    ['tongyi_shehui_xinyong_daima', 'char(18)'],
  ],
  rows: outlets.map(({ _r, ...o }) => o),
})

// ---------------------------------------------------------------- 快递员 couriers (60)
const couriers = []
for (let i = 0; i < 60; i++) {
  const g = R.chance(0.85) ? 'M' : 'F'
  const n = L.cnName(R, g)
  const birth = L.birthDate(R, 20, 55, TODAY)
  const origin = R.pick(L.REGIONS)
  const id = L.cnId(R, origin.code, birth, g)
  const o = outlets[i % 30]
  couriers.push({
    kuaidiyuan_id: `KD${o.wangdian_bianma}${String(i + 1).padStart(4, '0')}`,
    xingming: n.name,
    shouji: L.mobile(R),
    shenfenzhenghao: id,
    jiashizheng_hao: R.chance(0.8) ? id : null,
    suoshu_wangdian: o.wangdian_bianma,
    ruzhi_riqi: L.ymd(R.date('2016-01-01', '2024-05-01')),
    yinhangka: L.bankCard(R),
    jinji_lianxiren: `${L.cnName(R, g === 'M' ? 'F' : 'M').name}`,
    jinji_lianxiren_dianhua: L.mobile(R),
    touxiang: `https://img.kuaidi-app.cn/avatar/${R.hex(2)}/${R.hex(32)}.jpg`,
  })
}
W.table('kuaidiyuan', {
  comment: '快递员信息',
  columns: [
    ['kuaidiyuan_id', 'varchar(16) PRIMARY KEY', '快递员编号'],
    ['xingming', 'varchar(20)', '姓名'],
    ['shouji', 'varchar(11)', '手机'],
    ['shenfenzhenghao', 'char(18)', '身份证号'],
    ['jiashizheng_hao', 'char(18)', '驾驶证号'],
    ['suoshu_wangdian', 'char(6)', '所属网点'],
    ['ruzhi_riqi', 'date', '入职日期'],
    ['yinhangka', 'varchar(19)', '工资卡号'],
    ['jinji_lianxiren', 'varchar(20)', '紧急联系人'],
    ['jinji_lianxiren_dianhua', 'varchar(11)', '紧急联系人电话'],
    ['touxiang', 'text', '头像'],
  ],
  rows: couriers,
})

// ---------------------------------------------------------------- 车辆 vehicles (60)
const VANS = [
  ['LZW', '五菱荣光'],
  ['LGA', '东风小康C31'],
  ['LS5', '长安睿行M80'],
  ['LVB', '福田祥菱V1'],
  ['LEF', '江铃凯运'],
  ['LGX', '比亚迪T3纯电'],
  ['LNB', '北汽EC5'],
]
W.table('cheliang', {
  columns: [
    ['chepai_hao', 'varchar(10) PRIMARY KEY'],
    ['chejia_hao', 'char(17)'],
    ['fadongji_hao', 'varchar(16)'],
    ['chezhu_leixing', 'varchar(4)'],
    ['chezhu_xingming', 'varchar(60)'],
    ['chezhu_dianhua', 'varchar(20)'],
    ['pinpai_xinghao', 'varchar(30)'],
    ['zaizhong_dun', 'numeric(4,2)'],
    ['nianjian_riqi', 'date'],
  ],
  rows: Array.from({ length: 60 }, (_, i) => {
    const [wmi, model] = R.pick(VANS)
    const personal = R.chance(0.7)
    const c = couriers[i]
    return {
      chepai_hao: L.plate(R, R.chance(0.8) ? '沪' : R.pick(['苏', '浙', '皖'])),
      chejia_hao: L.vin(R, wmi),
      fadongji_hao: `${R.pick(['LJ469Q', 'DK15', 'JL473Q', '4G15', 'TZ180XS'])}${R.digits(7)}`,
      chezhu_leixing: personal ? '个人' : '公司',
      chezhu_xingming: personal ? c.xingming : `上海${R.pick(['捷达', '迅捷', '顺通'])}物流有限公司`,
      chezhu_dianhua: personal ? c.shouji : L.landline(R, SH),
      pinpai_xinghao: model,
      zaizhong_dun: R.float(0.5, 1.8, 2),
      nianjian_riqi: L.ymd(R.date('2023-07-01', '2024-06-30')),
    }
  }),
})

// ---------------------------------------------------------------- 运单 waybills (300)
const ITEMS = [
  '衣服',
  '鞋子',
  '手机',
  '文件',
  '化妆品',
  '书籍',
  '食品',
  '药品',
  '数码配件',
  '母婴用品',
  '成人用品',
  '保健品',
]
const waybills = []
for (let i = 0; i < 300; i++) {
  const sr = R.chance(0.4) ? SH : R.pick(L.REGIONS)
  const rr = R.chance(0.5) ? SH : R.pick(L.REGIONS)
  const sg = R.chance(0.5) ? 'F' : 'M',
    rg = R.chance(0.55) ? 'F' : 'M'
  const sn = L.cnName(R, sg),
    rn = L.cnName(R, rg)
  const sBirth = L.birthDate(R, 18, 75, TODAY)
  const t = R.date('2024-06-01', '2024-06-25')
  const rMobile = L.mobile(R)
  const carrier = R.pick(['SF', 'YT', 'ZT', 'JD'])
  const delivered = R.chance(0.9)
  waybills.push({
    yundan_hao: carrier === 'ZT' ? `7${R.digits(13)}` : `${carrier}${R.digits(13)}`,
    dingdan_hao: L.idShapedSerial(R, R.pick(['310115', '330106', '440305', '320583']), t),
    jijianren_xingming: sn.name,
    jijianren_dianhua: R.chance(0.9) ? L.mobile(R) : L.landline(R, sr),
    jijianren_dizhi: L.cnAddress(R, sr),
    jijianren_shenfenzheng: L.maskId(L.cnId(R, R.pick(L.REGIONS).code, sBirth, sg)),
    shoujianren_xingming: rn.name,
    shoujianren_shouji: rMobile,
    miandan_dianhua: L.maskMobile(rMobile),
    shoujianren_dizhi: L.cnAddress(R, rr),
    shoujianren_chengshi: rr.city,
    youbian: L.postcode(R, rr),
    wupin_mingcheng: R.pick(ITEMS),
    zhongliang_kg: R.float(0.1, 20, 2),
    yunfei: R.pick([8, 10, 12, 15, 18, 23, 28]) + R.int(0, 20),
    zhifu_fangshi: R.weighted([
      ['寄付', 6],
      ['到付', 2],
      ['月结', 2],
    ]),
    tuotou_shijian: delivered ? L.ts(L.addSeconds(t, R.int(86400, 4 * 86400))) : null,
    qianshou_ren: delivered
      ? R.weighted([
          ['本人', 55],
          ['快递柜', 15],
          ['门卫', 10],
          ['菜鸟驿站', 10],
          [rn.surname + R.pick(['先生', '女士']), 5],
          [L.cnName(R, 'F').name, 5],
        ])
      : null,
    kuaidiyuan_id: R.pick(couriers).kuaidiyuan_id,
  })
}
W.table('yundan', {
  comment: '运单主表',
  columns: [
    ['yundan_hao', 'varchar(16) PRIMARY KEY', '运单号'],
    ['dingdan_hao', 'char(18)', '电商订单号'],
    ['jijianren_xingming', 'varchar(20)', '寄件人姓名'],
    ['jijianren_dianhua', 'varchar(20)', '寄件人电话'],
    ['jijianren_dizhi', 'varchar(120)', '寄件人地址'],
    ['jijianren_shenfenzheng', 'char(18)', '寄件人身份证(脱敏)'],
    ['shoujianren_xingming', 'varchar(20)', '收件人姓名'],
    ['shoujianren_shouji', 'varchar(11)', '收件人手机'],
    ['miandan_dianhua', 'varchar(11)', '面单显示电话'],
    ['shoujianren_dizhi', 'varchar(120)', '收件人地址'],
    ['shoujianren_chengshi', 'varchar(20)', '收件城市'],
    ['youbian', 'char(6)', '邮编'],
    ['wupin_mingcheng', 'varchar(20)', '物品名称'],
    ['zhongliang_kg', 'numeric(6,2)', '重量'],
    ['yunfei', 'numeric(8,2)', '运费'],
    ['zhifu_fangshi', 'varchar(4)', '支付方式'],
    ['tuotou_shijian', 'timestamp', '妥投时间'],
    ['qianshou_ren', 'varchar(20)', '签收人'],
    ['kuaidiyuan_id', 'varchar(16)', '派件员'],
  ],
  rows: waybills,
})

// ---------------------------------------------------------------- 包裹 parcels (250)
W.table('baoguo', {
  columns: [
    ['baoguo_id', 'uuid PRIMARY KEY'],
    ['yundan_hao', 'varchar(16)'],
    ['chang_cm', 'smallint'],
    ['kuan_cm', 'smallint'],
    ['gao_cm', 'smallint'],
    ['zhongliang', 'numeric(6,2)'],
    ['xiangzi_tiaoma', 'char(13)'],
    ['cangku_daima', 'varchar(12)'],
    ['fenjian_ma', 'varchar(12)'],
    ['zip_file', 'varchar(40)'],
  ],
  rows: waybills.slice(0, 250).map((w) => ({
    baoguo_id: R.uuid(),
    yundan_hao: w.yundan_hao,
    chang_cm: R.int(10, 80),
    kuan_cm: R.int(8, 50),
    gao_cm: R.int(2, 40),
    zhongliang: w.zhongliang_kg,
    xiangzi_tiaoma: ean13('69' + R.digits(10)),
    cangku_daima: `WH-${R.pick(['310115', '330106', '440305'])}`,
    fenjian_ma: `${R.pick(['021', '0571', '0755', '010', '025'])}-${R.chars(1, 'ABCDEF')}${R.int(1, 9)}-${String(R.int(1, 40)).padStart(2, '0')}`,
    zip_file: `label_batch_${w.dingdan_hao.slice(6, 14)}_${R.int(1, 20)}.zip`,
  })),
})

// ---------------------------------------------------------------- 轨迹 courier GPS (300)
const gps = []
for (let k = 0; k < 5; k++) {
  const c = couriers[k]
  const dev = L.imei(R)
  let [lat, lng] = L.jitter(R, SH.lat, SH.lng, 3000)
  let t = new Date(Date.UTC(2024, 5, 18, 8, 30 + k * 3, 0))
  for (let j = 0; j < 60; j++) {
    ;[lat, lng] = L.jitter(R, lat, lng, 250)
    t = L.addSeconds(t, R.int(60, 240))
    gps.push({
      id: gps.length + 1,
      kuaidiyuan_id: c.kuaidiyuan_id,
      dingwei_shijian: L.ts(t),
      jingdu: lng,
      weidu: lat,
      sudu: R.float(0, 28, 1),
      dianliang: 100 - j,
      shebei_imei: dev,
    })
  }
}
W.table('guiji', {
  comment: '快递员实时定位',
  columns: [
    ['id', 'bigint PRIMARY KEY'],
    ['kuaidiyuan_id', 'varchar(16)', '快递员编号'],
    ['dingwei_shijian', 'timestamp', '定位时间'],
    ['jingdu', 'numeric(10,6)', '经度'],
    ['weidu', 'numeric(9,6)', '纬度'],
    ['sudu', 'numeric(4,1)', '速度km/h'],
    ['dianliang', 'smallint', '手机电量%'],
    ['shebei_imei', 'char(15)', '设备IMEI'],
  ],
  rows: gps,
})

// ---------------------------------------------------------------- 商品 products (60): brand names built on surnames
const PRODUCTS = [
  ['王老吉凉茶', '王老吉'],
  ['老干妈风味豆豉油制辣椒', '老干妈'],
  ['张小泉不锈钢剪刀', '张小泉'],
  ['李锦记旧庄特级蚝油', '李锦记'],
  ['周黑鸭卤鸭脖', '周黑鸭'],
  ['马应龙麝香痔疮膏', '马应龙'],
  ['陈克明挂面', '陈克明'],
  ['王致和腐乳', '王致和'],
  ['刘三姐桂林米粉', '刘三姐'],
  ['杨国福麻辣烫底料', '杨国福'],
  ['李宁运动短袖', '李宁'],
  ['谭木匠桃木梳', '谭木匠'],
  ['曹氏鸭脖', '曹氏'],
  ['孔府家酒', '孔府家'],
  ['王守义十三香', '王守义'],
]
W.table('shangpin', {
  columns: [
    ['shangpin_id', 'integer PRIMARY KEY'],
    ['shangpin_mingcheng', 'varchar(40)'],
    ['pinpai', 'varchar(20)'],
    ['tiaoma', 'char(13)'],
    ['danjia', 'numeric(8,2)'],
    ['kucun', 'integer'],
  ],
  rows: Array.from({ length: 60 }, (_, i) => {
    const [name, brand] = PRODUCTS[i % PRODUCTS.length]
    return {
      shangpin_id: 10001 + i,
      shangpin_mingcheng: `${name} ${R.pick(['310ml*12', '280g', '500g*2', '礼盒装', '家庭装', '单件'])}`,
      pinpai: brand,
      tiaoma: ean13('69' + R.digits(10)),
      danjia: R.float(3, 199, 2),
      kucun: R.int(0, 5000),
    }
  }),
})

// ---------------------------------------------------------------- 优惠券 coupons (60): Luhn-valid 16-digit codes
W.table('youhuiquan', {
  columns: [
    ['quan_ma', 'char(16) PRIMARY KEY'],
    ['mianzhi', 'numeric(6,2)'],
    ['youxiao_qi', 'date'],
    ['lingqu_shouji', 'varchar(11)'],
    ['shiyong_zhuangtai', 'varchar(4)'],
  ],
  rows: Array.from({ length: 60 }, () => ({
    quan_ma: L.luhnComplete(R.pick(['62', '60', '65']) + R.digits(13)),
    mianzhi: R.pick([3, 5, 10, 20]),
    youxiao_qi: L.ymd(R.date('2024-07-01', '2024-12-31')),
    lingqu_shouji: R.chance(0.7) ? L.mobile(R) : null,
    shiyong_zhuangtai: R.pick(['未使用', '已使用', '已过期']),
  })),
})

process.stdout.write(W.toString())
