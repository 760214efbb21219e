import { personPhoto } from '../../rules/person-photo.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(personPhoto, {
  detect: [
    { value: '\\xffd8ffe000104a46494600010101', type: 'binary' },
    { value: '\\x89504e470d0a1a0a0000000d49484452', type: 'binary' },
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQUFBQoHBwYICwoLCwsKCwsM',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
    'https://cdn.example.com/avatar/u/1024.jpg',
    '/uploads/avatars/2024/06/18/abc.PNG?x-oss-process=image/resize,w_100',
    { name: 'avatar' },
    { name: 'avatar_url' },
    { name: 'headimgurl' },
    { name: 'profile_photo' },
    { name: 'userAvatar' },
    { name: 'photo', strength: 'ambiguous' },
    { name: 'picture', strength: 'ambiguous' },
    { name: 'x', comment: '用户头像' },
  ],
  ignore: [
    { value: '\\x', type: 'binary' },
    { value: '\\x504b0304140000000800', type: 'binary' },
    'https://example.com/index.html',
    'avatar.jpg.exe',
    { name: 'product_image' },
    { name: 'id_photo' },
    { name: 'photo_id' },
    { name: 'avatar_size' },
    { name: 'banner_pic' },
    { name: 'face_photo' },
    { name: 'x', comment: '头像审核状态' },
  ],
})
