import { EnvFileError, KEY_PATTERN as NAME } from './entry.js'

/**
 * Replace `${NAME}` in an env-file value with the step's environment variable NAME: how
 * secrets reach a committed file (`DB_URL: ${DB_URL}` plus `env: DB_URL: ${{ secrets.DB_URL }}`).
 *
 * - `${NAME}`: NAME must match `[A-Za-z_][A-Za-z0-9_]*`; an unset variable (undefined) is an
 *   error naming it. A variable set to the empty string is used as is.
 * - `$${`: the escape for a literal `${` (`$${NAME}` gives `${NAME}`). That is the only escape;
 *   a `$` anywhere else is kept (`$NAME`, `a$$b`, `$` at the end are left as written).
 * - A `${` that does not start a well-formed `${NAME}` is an error rather than silently kept,
 *   so a typo such as `${DB-URL}` or a missing `}` is caught before anything is written.
 * - Substituted text is inserted as is and never scanned again.
 *
 * Errors never quote the value, only the variable name.
 */
export function interpolate(
  value: string,
  environment: Record<string, string | undefined>,
  file: string,
  line: number
): string {
  return substitute(value, environment, file, line).value
}

/** interpolate, also telling whether any `${NAME}` was replaced (the value then came from the environment). */
export function substitute(
  value: string,
  environment: Record<string, string | undefined>,
  file: string,
  line: number
): { value: string; substituted: boolean } {
  if (!value.includes('$')) return { value, substituted: false }
  let substituted = false
  let out = ''
  let i = 0
  while (i < value.length) {
    const dollar = value.indexOf('$', i)
    if (dollar < 0) {
      out += value.slice(i)
      break
    }
    out += value.slice(i, dollar)
    if (value.startsWith('$${', dollar)) {
      out += '${'
      i = dollar + 3
      continue
    }
    if (value[dollar + 1] !== '{') {
      out += '$'
      i = dollar + 1
      continue
    }
    const close = value.indexOf('}', dollar + 2)
    const name = close < 0 ? undefined : value.slice(dollar + 2, close)
    if (name === undefined || !NAME.test(name)) {
      throw new EnvFileError(
        "a '${' does not start a valid ${NAME} reference (NAME: letters, digits and _, not starting " +
          "with a digit, closed by '}'); write '$${' for a literal '${'",
        file,
        line
      )
    }
    const replacement = Object.hasOwn(environment, name) ? environment[name] : undefined
    if (replacement === undefined) {
      throw new EnvFileError(
        `\${${name}} is not set in the step's environment: add ${name} under the step's \`env:\` ` +
          `(for example \`${name}: \${{ secrets.${name} }}\`), or write $\${${name}} for a literal \${${name}}`,
        file,
        line
      )
    }
    out += replacement
    substituted = true
    i = close + 1
  }
  return { value: out, substituted }
}
