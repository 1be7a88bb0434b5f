import { crashSuite } from './suite.js'

crashSuite('push with a new migration', 'crash-push')
