/**
 * Creation time of a MongoDB ObjectId. Its first four bytes are the seconds since the Unix epoch at which the
 * client or server generated it, so a default `_id` tells a document's age even in a collection with no date
 * field (retention checks). Does not load the driver.
 */

/** An ObjectId from any copy of the `bson` package. */
export interface ObjectIdLike {
  readonly _bsontype: 'ObjectId' | 'ObjectID'
  toHexString(): string
}

const HEX_ID = /^[0-9a-f]{24}$/i

/**
 * The time encoded in an ObjectId, given as the driver's ObjectId, its 24-digit hex form (how pimap samples
 * it) or its 12 raw bytes. Returns undefined for anything else. Ids made by custom generators can encode any
 * time, so treat the result as a claim, not proof.
 */
export function objectIdTime(id: ObjectIdLike | string | Uint8Array): Date | undefined {
  let seconds: number
  if (id instanceof Uint8Array) {
    if (id.length !== 12) return undefined
    seconds = ((id[0]! << 24) >>> 0) + (id[1]! << 16) + (id[2]! << 8) + id[3]!
  } else {
    const hex =
      typeof id === 'string'
        ? id
        : id?._bsontype === 'ObjectId' || id?._bsontype === 'ObjectID'
          ? id.toHexString()
          : ''
    if (!HEX_ID.test(hex)) return undefined
    seconds = Number.parseInt(hex.slice(0, 8), 16)
  }
  return new Date(seconds * 1000)
}
