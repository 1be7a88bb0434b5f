import { crashSuite } from './suite.js'

crashSuite('pull request closed', 'crash-closed')
