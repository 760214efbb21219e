import { describe, expect, it } from 'vitest'
import { redactUrl } from '../../src/util/redact-url.js'

describe('redactUrl', () => {
  it.each([
    ['postgresql://user:s3cret@db.example.com:5432/app', 'postgresql://user:***@db.example.com:5432/app'],
    ['mysql://root:@127.0.0.1:3306/test', 'mysql://root:@127.0.0.1:3306/test'],
    ['postgres://u:p%40ss@h/db?sslmode=require', 'postgres://u:***@h/db?sslmode=require'],
    [
      'mongodb+srv://a:b@cluster0.example.net/?retryWrites=true',
      'mongodb+srv://a:***@cluster0.example.net/?retryWrites=true',
    ],
    ['postgresql://h/db?user=a&password=topsecret&x=1', 'postgresql://h/db?user=a&password=***&x=1'],
    ['postgresql://postgres@127.0.0.1/db', 'postgresql://postgres@127.0.0.1/db'],
    ['file:/var/log/app.log', 'file:/var/log/app.log'],
  ])('%s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected)
  })
})
