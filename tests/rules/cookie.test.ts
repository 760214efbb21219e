import { cookie } from '../../rules/cookie.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(cookie, {
  detect: [
    'GA1.2.1234567890.1718000000',
    'sessionid=abc123; csrftoken=xyz789; _ga=GA1.2.3.4',
    { name: 'cookie' },
    { name: 'cookies' },
    { name: 'cookie_value' },
    { name: 'tracking_cookie' },
    { name: 'visitor_id', strength: 'ambiguous' },
    { name: 'x', comment: 'Cookie信息' },
  ],
  ignore: [
    'not a cookie',
    'a=b',
    { name: 'cookie_consent' },
    { name: 'cookie_domain' },
    { name: 'cookie_name' },
    { name: 'cookie_expires' },
    { name: 'cookie_policy' },
  ],
})
