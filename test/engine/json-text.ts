/**
 * JSON text of a value as JSON.stringify writes it (for JSON data: objects, arrays, strings, numbers, booleans,
 * null), made without recursion: the engine answers metadata of any depth (Aeson does not run out of stack), where
 * JSON.stringify throws "Maximum call stack size exceeded" a few thousand levels down.
 */
export function jsonText(value: unknown): string {
  const out: string[] = []
  // Either a value still to write, or text to write as it is (a bracket, a comma, a key).
  const pending: (Text | { value: unknown })[] = [{ value }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next instanceof Text) {
      out.push(next.text)
      continue
    }
    const item = next.value
    if (Array.isArray(item)) {
      pending.push(new Text(']'))
      for (let i = item.length - 1; i >= 0; i--) {
        pending.push({ value: item[i] })
        if (i > 0) pending.push(new Text(','))
      }
      pending.push(new Text('['))
    } else if (typeof item === 'object' && item !== null) {
      // Keys whose value JSON leaves out (undefined, functions) are left out here too.
      const entries = Object.entries(item).filter(
        ([, child]) => child !== undefined && typeof child !== 'function' && typeof child !== 'symbol'
      )
      pending.push(new Text('}'))
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!
        pending.push({ value: child })
        pending.push(new Text(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`))
      }
      pending.push(new Text('{'))
    } else {
      out.push(JSON.stringify(item) ?? 'null')
    }
  }
  return out.join('')
}

class Text {
  constructor(readonly text: string) {}
}
