/**
 * For a test process that plays many runs against the fake GitHub: the throttling plugin's write pacing (one write a
 * second, a comment every 3 s, shared by the whole process) without the spacing, so that one test file's runs do not
 * queue behind each other's comments. A run of the bundle (its own process) keeps the plugin's own pacing.
 */
import Bottleneck from 'bottleneck'

export function unpacedWrites(): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
  }
}
