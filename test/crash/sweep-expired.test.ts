import { crashSuite } from './suite.js'

crashSuite('sweep with an expired preview of an open pull request', 'crash-expired')
