import { secretToken } from '../../rules/secret-token.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(secretToken, {
  detect: [
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEow',
    'AKIAIOSFODNN7EXAMPLE',
    'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    { name: 'access_token' },
    { name: 'refresh_token' },
    { name: 'api_key' },
    { name: 'session_id', strength: 'ambiguous' },
    { name: 'x', comment: '访问令牌' },
  ],
  ignore: [
    'hello world this is text',
    'eyJ.notajwt',
    { name: 'token_expires_at' },
    { name: 'push_token' },
    { name: 'token_count' },
    { name: 'max_tokens' },
  ],
})
