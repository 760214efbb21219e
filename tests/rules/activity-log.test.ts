import { activityLog } from '../../rules/activity-log.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(activityLog, {
  detect: [
    { name: 'search_keyword' },
    { name: 'search_history' },
    { name: 'click_record' },
    { name: 'favorites' },
    { name: 'operation_log' },
    { name: 'app_list' },
    { name: 'keyword', strength: 'ambiguous' },
    { name: 'x', comment: '搜索记录' },
    { name: 'x', comment: '操作日志' },
  ],
  ignore: [
    { name: 'hot_search_keyword' },
    { name: 'seo_keywords' },
    { name: 'product_keywords' },
    { name: 'search_keyword_count' },
    { name: 'sql_query' },
    { name: 'x', comment: '热门搜索词配置' },
  ],
})
