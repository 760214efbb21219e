import { password } from '../../rules/password.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(password, {
  detect: [
    '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
    '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
    '$6$rounds=5000$saltsalt$Zb4XhDLSOu0w0W5Vb6wYhOh.QwZBdZfIb6P4SPpsJMx0gbCbCcxuvQkUt9eBqJ1RAEW4xCd/cAI0XHnBp5m3y1',
    'pbkdf2_sha256$260000$abc$def=',
    { name: 'password' },
    { name: 'password_hash' },
    { name: 'pwd' },
    { name: 'login_pwd' },
    { name: 'dlmm' },
    { name: 'x', comment: '登录密码' },
  ],
  ignore: [
    'hunter2',
    '$100.00 refund',
    { name: 'password_expires_at' },
    { name: 'password_reset_token' },
    { name: 'passenger' },
    { name: 'passport_no' },
    { name: 'password_hint' },
    { name: 'x', comment: '密码错误次数' },
  ],
})
