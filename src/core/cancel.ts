/**
 * Steps that are better finished than cut in half (a create whose answer names the tenant, a migration and its
 * record) run through `critical`. A cancelled run (GitHub sends SIGINT, SIGTERM 7.5 s later, then SIGKILL) waits for
 * them, within a bound, before it exits: what they learn is logged and recorded for the next run.
 */
const running = new Set<Promise<unknown>>()

export async function critical<T>(work: () => Promise<T>): Promise<T> {
  const step = work()
  running.add(step)
  try {
    return await step
  } finally {
    running.delete(step)
  }
}

/** Resolves true once no critical step is running, or false after `timeoutMs` with one still running. */
export async function criticalSettled(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (running.size > 0) {
    const left = deadline - Date.now()
    if (left <= 0) return false
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, left)
    })
    await Promise.race([Promise.allSettled([...running]), timeout])
    clearTimeout(timer)
  }
  return true
}

const finishers = new Set<() => Promise<void>>()

/**
 * Work a cancelled run does once its critical steps have settled, before it exits (writing down what they did):
 * registered while it applies, removed with the returned function.
 */
export function beforeCancelExit(finish: () => Promise<void>): () => void {
  finishers.add(finish)
  return () => finishers.delete(finish)
}

/** Runs what beforeCancelExit registered, each within what is left of `timeoutMs`; a failure is ignored. */
export async function finishCancelled(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (const finish of [...finishers]) {
    const left = deadline - Date.now()
    if (left <= 0) return
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      finish().catch(() => {}),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left)
      })
    ])
    clearTimeout(timer)
  }
}
