import { crashSuite } from './suite.js'

crashSuite('sweep with a closed and an open pull request', 'crash-sweep')
