/**
 * Project names as Hasura Cloud gives and accepts them: generated like `honest-mutt-59` (createTenant ignores
 * the name it is given), and, on a rename, a DNS label because the name becomes the project's subdomain.
 */
import { randomInt } from 'node:crypto'
import { ApiError } from './schema.js'

const ADJECTIVES =
  'amber brave calm daring eager fancy gentle happy honest jolly lucky merry noble proud quick swift witty'.split(' ')
const NOUNS =
  'badger crane dingo falcon gecko heron ibis koala lemur marten mutt otter panda quail raven tapir wombat'.split(' ')

/** A fresh generated name that `taken` does not hold. */
export function generateName(taken: (name: string) => boolean): string {
  for (;;) {
    const name = `${ADJECTIVES[randomInt(ADJECTIVES.length)]}-${NOUNS[randomInt(NOUNS.length)]}-${randomInt(10, 100)}`
    if (!taken(name)) return name
  }
}

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/** Refuses a name that cannot be a subdomain, as the rename action does (code `unexpected`). */
export function checkProjectName(name: string): void {
  if (!DNS_LABEL.test(name) || name.includes('--')) {
    throw new ApiError(
      'unexpected',
      `invalid project name ${JSON.stringify(name)}: use 1 to 63 lower-case letters, digits and single hyphens, ` +
        'starting and ending with a letter or a digit'
    )
  }
}

export const NAME_TAKEN = 'Uniqueness violation. duplicate key value violates unique constraint "projects_name_key"'
