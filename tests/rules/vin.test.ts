import { vin } from '../../rules/vin.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(vin, {
  detect: [
    '1M8GDM9AXKP042788',
    'LSVAU218XN2183294',
    'lfv2a21k763045678',
    { value: 'WVWZZZ1JZXW000001', as: 'shape' },
    { name: 'vin' },
    { name: 'vin_code' },
    { name: 'frame_no' },
    { name: 'engine_no' },
    { name: 'clsbdh' },
    { name: 'cjh' },
    { name: 'x', comment: '车架号' },
    { name: 'x', comment: '车辆识别代号' },
  ],
  ignore: [
    '1M8GDM9AXKP04278',
    '1M8GDM9AIKP042788',
    '11111111111111111',
    'ABCDEFGHJKLMNPRST',
    { name: 'vin_decoder' },
    { name: 'vin_prefix' },
    { name: 'vin_image' },
  ],
})
