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
