import { crashSuite } from './suite.js'

crashSuite('pull request opened', 'crash-opened')
