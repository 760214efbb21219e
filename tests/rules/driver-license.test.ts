import { driverLicense } from '../../rules/driver-license.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(driverLicense, {
  detect: [
    '11010519491231002X',
    '440524188001010014',
    { value: '110105123456', as: 'shape' },
    { name: 'driver_license' },
    { name: 'driving_license_no' },
    { name: 'driverLicenseNumber' },
    { name: 'jszh' },
    { name: 'license_no', strength: 'ambiguous' },
    { name: 'x', comment: '驾驶证号' },
  ],
  ignore: [
    '110105194912310021',
    { value: '11010519491231', shapeOnly: true },
    '91350100M000100Y43',
    { name: 'driver_license_class' },
    { name: 'driver_license_photo' },
    { name: 'business_license_no' },
    { name: 'software_license_no' },
    { name: 'x', comment: '准驾车型' },
  ],
})
