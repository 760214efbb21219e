import { defineRule } from '../src/rule/rule.js'

/** HTTP user-agent strings of browsers and apps. */
export const userAgent = defineRule({
  id: 'user-agent',
  category: 'network.user_agent',
  description: 'Browser or app user-agent string',
  references: ['GB/T 43697-2024 Annex B (个人上网记录)'],
  names: [
    'user agent',
    'useragent',
    'ua',
    'http user agent',
    'client ua',
    'browser ua',
    'ua string',
    'agent',
  ],
  keywords: ['浏览器标识', '用户代理', 'UA标识'],
  excludeTokens: ['type', 'name', 'version', 'rule', 'pattern', 'blacklist', 'whitelist', 'id'],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 10, maxLength: 2048, require: ['slash'] },
  patterns: [
    {
      name: 'product-token',
      regex:
        /^(?:Mozilla|Dalvik|Opera|okhttp|curl|Wget|Java|python-requests|Apache-HttpClient|CFNetwork|MicroMessenger|AlipayClient|Go-http-client|PostmanRuntime|[A-Za-z][\w.-]{1,40})\/[\w.]+/,
      score: 0.3,
    },
  ],
  validate: (v) => (/^(?:Mozilla|Dalvik)\/\d/.test(v) && v.includes('(') ? true : undefined),
})
