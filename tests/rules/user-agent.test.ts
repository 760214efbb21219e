import { userAgent } from '../../rules/user-agent.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(userAgent, {
  detect: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    'Dalvik/2.1.0 (Linux; U; Android 13; M2012K11AC Build/TKQ1.220829.002)',
    { value: 'okhttp/4.9.3', as: 'shape' },
    { name: 'user_agent' },
    { name: 'ua' },
    { name: 'userAgent' },
  ],
  ignore: ['hello world', '1.2.3', { name: 'user_agent_type' }, { name: 'ua_blacklist' }],
})
