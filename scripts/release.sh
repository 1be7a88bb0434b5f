#!/usr/bin/env bash
# npm run release -- <version> [--push]
#
# Tags a release: the immutable tag v<version> on HEAD, and the moving major tag (v1 for 1.x.y) moved to it.
# Refuses unless the tree is clean, on main, dist/ equals a fresh bundle of the source, and the tests pass.
# Without --push it only tags locally and prints the push command.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
push="${2:-}"
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "usage: npm run release -- <major.minor.patch> [--push]   (got \"$version\")" >&2
  exit 2
fi
tag="v$version"
major="v${version%%.*}"

[ -z "$(git status --porcelain)" ] || { echo "The working tree is not clean: commit or stash first." >&2; exit 1; }
branch="$(git rev-parse --abbrev-ref HEAD)"
[ "$branch" = main ] || { echo "Release from main, not $branch." >&2; exit 1; }
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "$tag exists already: tags are immutable, release a new version." >&2
  exit 1
fi

npm run -s bundle >/dev/null
if [ -n "$(git status --porcelain -- dist/)" ]; then
  git status --porcelain -- dist/
  echo "dist/ is not the bundle of the source: run npm run bundle and commit dist/." >&2
  exit 1
fi
npm test

git tag -a "$tag" -m "Release $tag"
git tag -fa "$major" -m "Latest $major release: $tag"
echo "Tagged $tag and moved $major to it."
if [ "$push" = --push ]; then
  git push origin "refs/tags/$tag"
  git push --force origin "refs/tags/$major"
else
  echo "Push with: git push origin $tag && git push --force origin $major"
fi
