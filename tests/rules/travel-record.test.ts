import { travelRecord } from '../../rules/travel-record.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(travelRecord, {
  detect: [
    'CA1234',
    'MU5101',
    'G123',
    'D3125',
    { name: 'flight_no' },
    { name: 'train_no' },
    { name: 'seat_no' },
    { name: 'passenger' },
    { name: 'itinerary' },
    { name: 'hbh' },
    { name: 'cc', strength: 'ambiguous' },
    { name: 'x', comment: '航班号' },
    { name: 'x', comment: '车次' },
  ],
  ignore: [
    'hello',
    'CA12',
    'XYZ12345',
    { name: 'passenger_name' },
    { name: 'passenger_phone' },
    { name: 'flight_price' },
    { name: 'seat_map' },
    { name: 'ticket_type' },
    { name: 'x', comment: '航班状态' },
  ],
})
