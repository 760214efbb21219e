import { username } from '../../rules/username.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(username, {
  detect: [
    'oU7Qf5Zr8N3xKj2mLpW9sT4vYb1c',
    'zhangsan_88',
    'li.si@corp',
    { name: 'username' },
    { name: 'user_name' },
    { name: 'loginName' },
    { name: 'login_account' },
    { name: 'openid' },
    { name: 'unionid' },
    { name: 'linkedin_url' },
    { name: 'weibo' },
    { name: 'wechat_openid' },
    { name: 'yhm' },
    { name: 'account', strength: 'ambiguous' },
    { name: 'x', comment: '登录账号' },
    { name: 'x', comment: '用户名' },
  ],
  ignore: [
    '6228480012345678901',
    '1abc',
    'zhang san',
    'ab',
    { name: 'bank_account' },
    { name: 'account_no' },
    { name: 'account_balance' },
    { name: 'account_type' },
    { name: 'login_type' },
    { name: 'login_fail_count' },
    { name: 'db_username' },
    { name: 'smtp_user_name' },
    { name: 'x', comment: '账号状态' },
  ],
})
