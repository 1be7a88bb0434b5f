/**
 * Kills the action right after the k-th request or SQL statement it makes, as a lost runner or a cancelled workflow
 * would: every answer of the fakes (the Cloud API, the tenants' engines, GitHub) and every statement the action sends
 * to Postgres (test/support/pg-proxy.ts) is counted, in order; the k-th is carried out by the server, then its answer
 * is dropped and the action killed before it can read it.
 *
 * Two ways to end the run: `kill` (SIGKILL: nothing more runs) and `cancel` (GitHub's cancellation: SIGINT with the
 * answer let through, SIGTERM 7.5 s later, SIGKILL 2.5 s after that, unless the action has exited by then).
 */
import type { ChildProcess } from 'node:child_process'
import type http from 'node:http'

export type Ending = 'kill' | 'cancel'

export class KillSwitch {
  /** What was served, in order: `<n> <what>`. */
  readonly events: string[] = []
  private target?: { at: number | RegExp; ending: Ending }
  private child?: ChildProcess
  /** The signals sent to the child, in order. */
  readonly sent: NodeJS.Signals[] = []
  private timers: NodeJS.Timeout[] = []

  /** At the `at`-th event, or at the first whose description matches `at`. */
  arm(at: number | RegExp, ending: Ending): void {
    this.target = { at, ending }
    this.events.length = 0
    this.sent.length = 0
  }

  /** Count, never kill (the rerun, and the run that counts a flow's points). */
  disarm(): void {
    this.target = undefined
    this.events.length = 0
    this.sent.length = 0
  }

  /** The action's process, the moment it starts (see SpawnOptions.onSpawn). */
  bind(child: ChildProcess): void {
    this.child = child
    child.once('exit', () => {
      for (const timer of this.timers) clearTimeout(timer)
      this.timers = []
    })
  }

  /**
   * A server carried out a request or statement, about to answer: true means drop the answer (the action is being
   * killed); false, answer as usual.
   */
  served(what: string): boolean {
    const n = this.events.push(`${this.events.length + 1} ${what}`)
    const { target } = this
    if (!target || !this.child) return false
    if (typeof target.at === 'number' ? n !== target.at : !target.at.test(what)) return false
    this.target = undefined
    const child = this.child
    if (target.ending === 'kill') {
      this.signal(child, 'SIGKILL')
      return true
    }
    this.signal(child, 'SIGINT')
    this.timers.push(setTimeout(() => this.signal(child, 'SIGTERM'), 7500))
    this.timers.push(setTimeout(() => this.signal(child, 'SIGKILL'), 10_000))
    return false
  }

  /** Counts every answer of an HTTP server (the Cloud emulator with its tenants' engines, the fake GitHub). */
  watch(server: http.Server, name: string, detail: (req: http.IncomingMessage) => string = () => ''): void {
    server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse
      res.end = ((...args: unknown[]) => {
        const more = detail(req)
        if (this.served(`${name} ${req.method} ${req.url}${more ? ` ${more}` : ''}`)) {
          res.socket?.destroy()
          return res
        }
        return end(...args)
      }) as typeof res.end
    })
  }

  private signal(child: ChildProcess, signal: NodeJS.Signals): void {
    if (child.exitCode !== null || child.signalCode !== null) return
    this.sent.push(signal)
    child.kill(signal)
  }
}
