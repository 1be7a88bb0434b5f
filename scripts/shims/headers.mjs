/**
 * The Headers graphql-request builds its requests with, in the bundle (see ../bundle.mjs): bundle.mjs puts this
 * file at the top of the chunk that holds graphql-request, so `Headers` there names this class, not the global.
 * Reading the global makes Node load its whole fetch stack (internal undici, about 20 ms), on every run, for a map of
 * three request headers. graphql-request only makes one (from a record), asks has(), calls set(), and hands it to
 * the action's fetch (src/http/transport.ts), which iterates it.
 *
 * The behaviour is the Fetch standard's for request headers: names are case-insensitive and validated, values are
 * trimmed and may not hold CR, LF or NUL, append() joins with ", ", iteration is sorted by lower-case name.
 */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const BAD_VALUE = /[\0\r\n]/

function headerName(name) {
  const text = String(name)
  if (!TOKEN.test(text)) throw new TypeError(`Headers: invalid header name "${text}"`)
  return text.toLowerCase()
}

function headerValue(value) {
  const text = String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')
  if (BAD_VALUE.test(text)) throw new TypeError(`Headers: invalid header value "${text}"`)
  return text
}

export class Headers {
  #map = new Map()

  constructor(init) {
    if (init === undefined || init === null) return
    if (typeof init !== 'object') throw new TypeError('Headers: the init must be an object')
    const pairs = Symbol.iterator in init ? init : Object.entries(init)
    for (const pair of pairs) {
      const [name, value, ...rest] = pair
      if (pair.length !== 2 || rest.length) throw new TypeError('Headers: each header must be a [name, value] pair')
      this.append(name, value)
    }
  }

  append(name, value) {
    const key = headerName(name)
    const text = headerValue(value)
    const had = this.#map.get(key)
    this.#map.set(key, had === undefined ? text : `${had}, ${text}`)
  }

  set(name, value) {
    this.#map.set(headerName(name), headerValue(value))
  }

  get(name) {
    return this.#map.get(headerName(name)) ?? null
  }

  has(name) {
    return this.#map.has(headerName(name))
  }

  delete(name) {
    this.#map.delete(headerName(name))
  }

  forEach(callback, thisArg) {
    for (const [name, value] of this) callback.call(thisArg, value, name, this)
  }

  *entries() {
    yield* [...this.#map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }

  *keys() {
    for (const [name] of this.entries()) yield name
  }

  *values() {
    for (const [, value] of this.entries()) yield value
  }

  [Symbol.iterator]() {
    return this.entries()
  }

  get [Symbol.toStringTag]() {
    return 'Headers'
  }
}
