/**
 * What the bundle gets for `@actions/exec` (see ../bundle.mjs): its one importer is @actions/core's `platform`
 * (getDetails runs lsb_release, sw_vers or powershell), which the action never calls. Both functions are async, so
 * loading @actions/exec (child_process, @actions/io) on first call changes nothing for a caller but when it loads.
 */
let loading
function load() {
  loading ??= import('../../node_modules/@actions/exec/lib/exec.js')
  return loading
}

export async function exec(...args) {
  return (await load()).exec(...args)
}

export async function getExecOutput(...args) {
  return (await load()).getExecOutput(...args)
}
