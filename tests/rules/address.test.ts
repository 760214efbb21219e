import { address } from '../../rules/address.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(address, {
  detect: [
    '北京市朝阳区建国路88号SOHO现代城2号楼1203室',
    '广东省深圳市南山区科技园南区深南大道10000号',
    '507 - 20th Ave. E. Apt. 2A',
    '123 Main St',
    'Obere Str. 57',
    { value: '天安门广场', as: 'shape' },
    { name: 'home_address' },
    { name: 'shipping_address' },
    { name: 'consignee_address' },
    { name: 'hjdz' },
    { name: 'x', comment: '家庭住址' },
    { name: 'address', strength: 'ambiguous' },
    { name: 'x', comment: '详细地址', strength: 'ambiguous' },
  ],
  ignore: [
    '12345',
    'hello',
    { name: 'ip_address' },
    { name: 'mac_address' },
    { name: 'email_address' },
    { name: 'warehouse_address' },
    { name: 'wallet_address' },
    { name: 'address_type' },
  ],
})
