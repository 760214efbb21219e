/**
 * What a container records about people. Rules may declare names that only mean their category inside a
 * container about one of these topics: `amount` in a transactions table, `start_time` in call records.
 */
export const TOPICS = [
  'transaction',
  'communication',
  'travel',
  'medical',
  'trajectory',
  'browsing',
  'education',
  'employment',
  'activity',
] as const
export type Topic = (typeof TOPICS)[number]
