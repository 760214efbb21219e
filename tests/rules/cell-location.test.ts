import { cellLocation } from '../../rules/cell-location.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(cellLocation, {
  detect: [
    '00:1A:2B:3C:4D:5E',
    { value: '28655', type: 'integer' },
    '1A2B',
    { name: 'cell_id' },
    { name: 'lac' },
    { name: 'bssid' },
    { name: 'base_station_id' },
    { name: 'wifi_bssid' },
    { name: 'cid', strength: 'ambiguous' },
    { name: 'x', comment: '基站编号' },
  ],
  ignore: [
    '00:1A:2B-3C:4D:5E',
    'hello',
    '12345678901',
    { name: 'cell_phone' },
    { name: 'cell_value' },
    { name: 'excel_cell_id' },
    { name: 'cell_style' },
    { name: 'x', comment: '基站类型' },
  ],
})
