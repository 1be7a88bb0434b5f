import { crashSuite } from './suite.js'

crashSuite('sync-env with prune', 'crash-sync-env')
