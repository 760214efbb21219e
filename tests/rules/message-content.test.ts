import { messageContent } from '../../rules/message-content.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(messageContent, {
  detect: [
    { name: 'message_content' },
    { name: 'sms_content' },
    { name: 'chat_log' },
    { name: 'msg_body' },
    { name: 'recording_url' },
    { name: 'transcript' },
    { name: 'ltjl' },
    { name: 'message', strength: 'ambiguous' },
    { name: 'x', comment: '消息内容' },
    { name: 'x', comment: '通话录音地址' },
  ],
  ignore: [
    { name: 'sms_code' },
    { name: 'error_message' },
    { name: 'message_id' },
    { name: 'sms_template' },
    { name: 'message_type' },
    { name: 'push_message' },
    { name: 'x', comment: '短信模板' },
  ],
})
