import * as core from '@actions/core'
import { printable, type Annotation, type Logger } from '../core/log.js'
import { maskSecret } from './secrets.js'

function properties(annotation: Annotation | undefined): core.AnnotationProperties | undefined {
  if (!annotation) return undefined
  return { file: annotation.file, startLine: annotation.line, title: annotation.title }
}

/** The runner's log, through @actions/core. */
export const actionsLogger: Logger = {
  info: (message) => core.info(printable(message)),
  warning: (message, annotation) => core.warning(printable(message), properties(annotation)),
  error: (message, annotation) => core.error(printable(message), properties(annotation)),
  mask: maskSecret
}
