import { defineRule } from '../src/rule/rule.js'

/** Nicknames and display names chosen by the person (GB/T 43697 Annex B 网络身份标识信息). Name-only. */
export const nickname = defineRule({
  id: 'nickname',
  category: 'person.nickname',
  description: 'Nickname, screen name or display name of a user',
  references: ['GB/T 43697-2024 Annex B'],
  names: [
    'nickname',
    'nick name',
    'nick',
    'nicheng',
    'screen name',
    'user nickname',
    'member nickname',
    'wx nickname',
    'wechat nickname',
    'weixin nickname',
    'alias name',
  ],
  weakNames: ['display name', 'nc', 'alias', 'handle'],
  keywords: ['昵称', '用户昵称', '会员昵称', '微信昵称', '显示名称', '网名'],
  excludeTokens: [
    'type',
    'product',
    'shop',
    'store',
    'app',
    'device',
    'file',
    'host',
    'table',
    'column',
    'field',
  ],
  needsPersonContext: true,
})
