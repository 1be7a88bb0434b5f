/** Where an annotation points: a file of the repository and a line in it. */
export interface Annotation {
  file?: string
  line?: number
  title?: string
}

/**
 * The log of a run, as every layer sees it. Every line goes through `printable`, so text from the API or GitHub
 * cannot start a workflow command. `mask` registers a secret before anything could print it: modules call it where
 * a secret enters (a database URL made, a value interpolated, an env read), never later.
 */
export interface Logger {
  info(message: string): void
  warning(message: string, annotation?: Annotation): void
  /** An error annotation that does not fail the step by itself (the adapter fails it). */
  error(message: string, annotation?: Annotation): void
  mask(secret: string | null | undefined): void
}

/**
 * Control characters: C0 (tab aside), DEL, C1, and the Unicode line and paragraph separators. In text from the API
 * or GitHub, a newline would start a new log line, which the runner reads as a workflow command (`::error::...`) if
 * it begins so, and an ESC could rewrite what the log shows.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g

/** Control characters written as escapes (`\x0a`), so the text stays on its line and means nothing to the runner. */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (ch) => {
    const code = ch.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}
