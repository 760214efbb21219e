import { trajectory } from '../../rules/trajectory.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(trajectory, {
  detect: [
    'LINESTRING(116.397 39.909, 116.398 39.910)',
    '{"type":"LineString","coordinates":[[116.397,39.909],[116.398,39.91]]}',
    '[[116.397128,39.916527],[116.398,39.917]]',
    '116.397128,39.916527;116.398001,39.917001',
    { name: 'trajectory' },
    { name: 'gps_track' },
    { name: 'location_history' },
    { name: 'guiji' },
    { name: 'track', strength: 'ambiguous' },
    { name: 'x', comment: '行动轨迹' },
  ],
  ignore: [
    '116.397128,39.916527',
    'POINT(116.397 39.909)',
    'not a track at all, really',
    { name: 'track_id' },
    { name: 'track_name' },
    { name: 'tracking_no' },
    { name: 'route_config' },
    { name: 'trace_id' },
    { name: 'x', comment: '轨迹类型' },
  ],
})
