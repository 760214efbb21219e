import { nickname } from '../../rules/nickname.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(nickname, {
  detect: [
    { name: 'nickname' },
    { name: 'nick_name' },
    { name: 'nickName' },
    { name: 'wx_nickname' },
    { name: 'screen_name' },
    { name: 'display_name', strength: 'ambiguous' },
    { name: 'x', comment: '用户昵称' },
  ],
  ignore: [
    { name: 'nickname_updated_at' },
    { name: 'nickname_count' },
    { name: 'product_nickname' },
    { name: 'is_nickname_set' },
    { name: 'x', comment: '昵称修改时间' },
  ],
})
