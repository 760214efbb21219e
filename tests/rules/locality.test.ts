import { locality } from '../../rules/locality.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(locality, {
  detect: [
    '浙江省',
    '杭州市',
    '西湖区',
    '新疆维吾尔自治区',
    { name: 'province', strength: 'ambiguous' },
    { name: 'city', strength: 'ambiguous' },
    { name: 'district', strength: 'ambiguous' },
    { name: 'city_name', strength: 'ambiguous' },
    { name: 'country', strength: 'ambiguous' },
    { name: 'x', comment: '所在城市', strength: 'ambiguous' },
  ],
  ignore: [
    'Hangzhou',
    '西湖',
    '北京市朝阳区建国路88号',
    { name: 'store_city' },
    { name: 'hotel_province' },
    { name: 'city_type' },
    { name: 'territory_description' },
    { name: 'state_name' },
    { name: 'x', comment: '城市类型' },
  ],
})
