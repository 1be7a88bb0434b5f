'use strict'
/**
 * What the bundle gets for `tunnel` (see ../bundle.mjs): @actions/http-client makes its proxy agents with it, and
 * imports it at the top, so every run loaded it, and with it node:assert and node:tls, although only a run behind a
 * proxy makes a tunnel. Here it is required (from the same bundle, synchronously) when the first agent is made.
 */
let tunnel
function load() {
  tunnel ??= require('../../node_modules/tunnel/index.js')
  return tunnel
}

exports.httpOverHttp = (options) => load().httpOverHttp(options)
exports.httpsOverHttp = (options) => load().httpsOverHttp(options)
exports.httpOverHttps = (options) => load().httpOverHttps(options)
exports.httpsOverHttps = (options) => load().httpsOverHttps(options)
