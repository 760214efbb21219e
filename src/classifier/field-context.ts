/** Person-related and non-personal context of a field, from the container and path names. */
import type { ContainerRef } from '../connector/connector.js'
import {
  NON_PERSONAL_ID_HAN,
  NON_PERSONAL_ID_SUFFIXES,
  NON_PERSONAL_ID_TOKENS,
  ORG_CONTAINER_HAN,
  ORG_CONTAINER_TOKENS,
  PERSON_CONTAINER_HAN,
  PERSON_CONTAINER_TOKENS,
  PERSON_ROLE_HAN,
  PERSON_ROLE_TOKENS,
} from './name-lexicon.js'
import { commentLabel } from './match-name.js'
import { splitWords, tokenizeName } from './name-tokens.js'

const MINOR_TOKENS = new Set(
  'child children kid kids minor minors juvenile infant infants baby babies'.split(' '),
)
const MINOR_HAN = ['儿童', '未成年', '少儿', '幼儿', '婴儿', '孩子', '学生']

/** Words of a container that describe its subject (`t_member_info` -> member, info). */
export function containerWords(container: ContainerRef): { tokens: Set<string>; han: string } {
  return {
    tokens: new Set(splitWords(container.name)),
    han: `${container.name} ${container.comment ?? ''}`,
  }
}

export function isPersonContainer(container: ContainerRef): boolean {
  const { tokens, han } = containerWords(container)
  return (
    [...tokens].some((t) => PERSON_CONTAINER_TOKENS.has(t)) ||
    PERSON_CONTAINER_HAN.some((w) => han.includes(w))
  )
}

/** Containers about children: every personal field in them is sensitive under PIPL Art. 28/31. */
export function isMinorContainer(container: ContainerRef): boolean {
  const { tokens, han } = containerWords(container)
  return [...tokens].some((t) => MINOR_TOKENS.has(t)) || MINOR_HAN.slice(0, 6).some((w) => han.includes(w))
}

/** The enclosing document path is about a person (`emergency_contact.name`). */
export function isPersonPath(fieldName: string): boolean {
  return tokenizeName(fieldName).parentTokens.some((t) => PERSON_CONTAINER_TOKENS.has(t))
}

/**
 * The field's name or comment says it identifies a thing, not a person: `order_no`, `coupon_code`,
 * `app_version`, `jylsh` (交易流水号), a comment 订单号.
 */
export function isNonPersonalName(fieldName: string, comment?: string): 'name' | 'comment' | undefined {
  if (comment !== undefined && NON_PERSONAL_ID_HAN.some((w) => commentLabel(comment).includes(w)))
    return 'comment'
  const { tokens } = tokenizeName(fieldName)
  if (tokens.some((t) => NON_PERSONAL_ID_TOKENS.has(t))) return 'name'
  if (tokens.some((t) => t.length > 3 && NON_PERSONAL_ID_SUFFIXES.some((s) => t.endsWith(s)))) return 'name'
  return undefined
}

/**
 * Containers about organisations or things (`companies`, `hotels`, `base_station`, a table commented 科室):
 * never person-related by name, whatever contact details they hold.
 */
export function isOrganizationContainer(container: ContainerRef): boolean {
  const { tokens, han } = containerWords(container)
  if (
    [...tokens].some((t) => PERSON_CONTAINER_TOKENS.has(t)) ||
    PERSON_CONTAINER_HAN.some((w) => han.includes(w))
  )
    return false
  return (
    [...tokens].some((t) => ORG_CONTAINER_TOKENS.has(t)) || ORG_CONTAINER_HAN.some((w) => han.includes(w))
  )
}

/** The field names a person inside an organisation (`legal_person_phone`, 负责人电话). */
export function namesPersonRole(fieldName: string, comment?: string): boolean {
  const { tokens } = tokenizeName(fieldName)
  return (
    tokens.some((t) => PERSON_ROLE_TOKENS.has(t)) ||
    PERSON_ROLE_HAN.some((w) => fieldName.includes(w) || (comment?.includes(w) ?? false))
  )
}

const PERSON_KEY_SUBJECTS = new Set(
  (
    'user member customer cust client patient student employee emp staff account person guest buyer owner ' +
    'subscriber passenger driver applicant visitor courier rider teacher doctor nurse caller callee sender ' +
    'receiver yonghu huiyuan kehu yuangong xuesheng huanzhe kuaidiyuan siji chengke yh hy kh yg xs hz'
  ).split(' '),
)
const PERSON_KEY_SUFFIXES = new Set(['id', 'no', 'uid', 'key', 'hao', 'bh', 'num', 'number'])
const PERSON_KEY_NAMES = new Set([
  'uid',
  'userid',
  'openid',
  'unionid',
  'memberid',
  'customerid',
  'remote_user',
  'remoteuser',
  'user',
  'username',
])

/**
 * Fields that point at a person (`member_id`, `user_id`, `uid`, `openid`): their presence makes device and network
 * identifiers in the same container personal, as our policies state.
 */
export function isPersonKey(fieldName: string): boolean {
  const { tokens } = tokenizeName(fieldName)
  if (PERSON_KEY_NAMES.has(tokens.join('')) || PERSON_KEY_NAMES.has(tokens.join('_'))) return true
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (PERSON_KEY_SUBJECTS.has(tokens[i]!) && PERSON_KEY_SUFFIXES.has(tokens[i + 1]!)) return true
  }
  return false
}
