import { messagingAccount } from '../../rules/messaging-account.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(messagingAccount, {
  detect: [
    'wxid_a1b2c3d4e5f6g7',
    'wxid_8x9y0z1a2b3c4d5e',
    { value: '12345678', as: 'shape' },
    { value: '2876543210', type: 'integer', as: 'shape' },
    { value: 'zhangsan_1990', as: 'shape' },
    { name: 'qq' },
    { name: 'qq_no' },
    { name: 'wechat' },
    { name: 'wechat_id' },
    { name: 'weixin' },
    { name: 'wxh' },
    { name: 'wx', strength: 'ambiguous' },
    { name: 'x', comment: '微信号' },
    { name: 'x', comment: 'QQ号码' },
  ],
  ignore: [
    'wxid_abc',
    '0123',
    '1234',
    '_zhangsan',
    { name: 'qq_mail' },
    { name: 'wechat_pay_no' },
    { name: 'wechat_nickname' },
    { name: 'wechat_openid' },
    { name: 'wechat_app_secret' },
    { name: 'is_wechat_bound' },
    { name: 'x', comment: '微信昵称' },
  ],
})
