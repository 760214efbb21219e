import { browsingHistory } from '../../rules/browsing-history.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(browsingHistory, {
  detect: [
    'https://www.example.com/products/123?from=search',
    'http://news.example.cn/a/2024/06/18/1.html',
    { name: 'browsing_history' },
    { name: 'visited_url' },
    { name: 'referer' },
    { name: 'view_history' },
    { name: 'page_url', strength: 'ambiguous' },
    { name: 'x', comment: '浏览记录' },
  ],
  ignore: [
    'ftp://example.com/file',
    'www.example.com',
    { name: 'callback_url' },
    { name: 'avatar_url' },
    { name: 'referer_policy' },
    { name: 'redirect_url' },
    { name: 'x', comment: '访问记录保留天数' },
  ],
})
