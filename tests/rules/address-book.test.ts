import { addressBook } from '../../rules/address-book.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(addressBook, {
  detect: [
    { name: 'address_book' },
    { name: 'contacts' },
    { name: 'contact_list' },
    { name: 'friend_list' },
    { name: 'followers' },
    { name: 'phonebook' },
    { name: 'txl' },
    { name: 'following', strength: 'ambiguous' },
    { name: 'x', comment: '手机通讯录' },
    { name: 'x', comment: '好友列表' },
  ],
  ignore: [
    { name: 'friends_count' },
    { name: 'followers_count' },
    { name: 'contact_name' },
    { name: 'contacts_permission' },
    { name: 'max_friends' },
    { name: 'x', comment: '好友数量' },
  ],
})
