import { personName } from '../../rules/person-name.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(personName, {
  detect: [
    '张伟',
    '欧阳娜娜',
    '王小明',
    'Nancy Davolio',
    'Andrew Fuller',
    { value: '阿依古丽·买买提', as: 'validated' },
    { value: 'Zorbluk Fenwright', as: 'shape' },
    { value: '无线耳机', as: 'shape' },
    { name: 'real_name' },
    { name: 'first_name' },
    { name: 'LastName' },
    { name: 'consignee' },
    { name: 'receiver_name' },
    { name: 'contact_name' },
    { name: 'xingming' },
    { name: 'shr' },
    { name: 'x', comment: '收货人姓名' },
    { name: '姓名' },
    { name: 'name', strength: 'ambiguous' },
    { name: 'xm', strength: 'ambiguous' },
  ],
  ignore: [
    'Chef Anton’s Gumbo Mix',
    'A',
    '13812345678',
    { name: 'product_name' },
    { name: 'company_name' },
    { name: 'file_name' },
    { name: 'hotel_name' },
    { name: 'display_name' },
    { name: 'ship_name' },
    { name: 'x', comment: '商品名称' },
  ],
})
