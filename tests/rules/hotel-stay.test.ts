import { hotelStay } from '../../rules/hotel-stay.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(hotelStay, {
  detect: [
    { name: 'hotel_name' },
    { name: 'check_in' },
    { name: 'checkout_time' },
    { name: 'check_in_date' },
    { name: 'lgmc' },
    { name: 'fjh' },
    { name: 'hotel', strength: 'ambiguous' },
    { name: 'room_no', strength: 'ambiguous' },
    { name: 'x', comment: '入住时间' },
    { name: 'x', comment: '离店时间' },
    { name: 'x', comment: '房间号' },
  ],
  ignore: [
    { name: 'hotel_id' },
    { name: 'hotel_address' },
    { name: 'room_price' },
    { name: 'classroom_no' },
    { name: 'daily_check_in' },
    { name: 'check_in_reward' },
    { name: 'hotel_star_rating' },
    { name: 'x', comment: '酒店地址' },
  ],
})
