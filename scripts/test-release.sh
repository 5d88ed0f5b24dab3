#!/usr/bin/env bash
# Release test: runs `npx projen release` the way a maintainer does, on a clean
# clone of this repository's HEAD (a throwaway one in a temporary folder, so
# that this checkout gets no release commit or tag), checks what it produced,
# and copies the clone's dist/ here for the consumer tests.
#
# When HEAD is itself a release commit there is nothing to release; the clone
# then gets an empty commit first so that the release path is still exercised.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
CLONE="$WORK/cdk-connect-instance"

fail() { echo "release test: $*" >&2; exit 1; }

git clone --quiet "$ROOT" "$CLONE"
# The clone shares this checkout's installed dependencies (same package-lock.json).
[[ -d "$ROOT/node_modules" ]] || fail "no node_modules: run 'npm ci' first"
ln -s "$ROOT/node_modules" "$CLONE/node_modules"
echo '/node_modules' >> "$CLONE/.git/info/exclude"
cd "$CLONE"
if [[ -z "$(git config user.name || true)" ]]; then git config user.name 'release test'; fi
if [[ -z "$(git config user.email || true)" ]]; then git config user.email 'release-test@localhost'; fi
if [[ "$(git log -1 --format=%s)" == "chore(release):"* ]]; then
  git commit --quiet --allow-empty -m 'chore: release test on a released commit'
fi
BEFORE="$(git rev-parse HEAD)"

npx projen release

# What the release must leave behind.
VERSION="$(cat dist/version.txt)"
TAG="$(cat dist/releasetag.txt)"
[[ "$TAG" == "v$VERSION" && "$VERSION" =~ ^0\.[0-9]+\.[0-9]+$ ]] || fail "unexpected version $VERSION / tag $TAG (releases stay on 0.x)"
[[ -z "$(git status --porcelain)" ]] || { git status --short >&2; fail "the working tree is not clean after the release"; }
[[ "$(git rev-parse HEAD^)" == "$BEFORE" ]] || fail "the release made more than one commit"
[[ "$(git log -1 --format=%s)" == "chore(release): $VERSION" ]] || fail "no release commit for $VERSION"
[[ "$(git rev-parse "$TAG^{commit}")" == "$(git rev-parse HEAD)" ]] || fail "the tag $TAG is not on the release commit"
[[ "$(git diff --name-only HEAD^ HEAD)" == "CHANGELOG.md" ]] || fail "the release commit changes more than CHANGELOG.md"
grep -q "$VERSION" <(head -5 CHANGELOG.md) || fail "CHANGELOG.md does not start with $VERSION"
[[ "$(node -p "require('./package.json').version")" == 0.0.0 ]] || fail "package.json keeps a bumped version"

ARTIFACTS=(
  "dist/js/cdk-connect-instance@$VERSION.jsii.tgz"
  "dist/python/cdk_connect_instance-$VERSION-py3-none-any.whl"
  "dist/python/cdk_connect_instance-$VERSION.tar.gz"
  "dist/java/io/github/cdk-connect-instance/cdk-connect-instance/$VERSION/cdk-connect-instance-$VERSION.jar"
  "dist/java/io/github/cdk-connect-instance/cdk-connect-instance/$VERSION/cdk-connect-instance-$VERSION.pom"
  "dist/go/cdkconnectinstance/go.mod"
  "dist/changelog.md"
)
for artifact in "${ARTIFACTS[@]}"; do
  [[ -s "$artifact" ]] || fail "$artifact is missing"
  printf 'release test: %8d B  %s\n' "$(stat -c %s "$artifact")" "$artifact"
done
[[ "$(cat dist/go/cdkconnectinstance/version)" == "$VERSION" ]] || fail "the Go module is not version $VERSION"

rm -rf "$ROOT/dist"
cp -r dist "$ROOT/dist"

# A second release of the same commit is refused.
if npx projen release > "$WORK/again.log" 2>&1 || ! grep -q 'nothing to release' "$WORK/again.log"; then
  cat "$WORK/again.log" >&2
  fail "a second release of the release commit was not refused"
fi
# The next version after this one, by the pre-1.0 rules: a breaking change
# bumps the minor, anything else the patch.
IFS=. read -r V_MAJOR V_MINOR V_PATCH <<< "$VERSION"
next_version() {
  git commit --quiet --allow-empty -m "$1"
  MAJOR=0 npx projen bump > "$WORK/bump.log" 2>&1 || { cat "$WORK/bump.log" >&2; fail "bump failed after '$1'"; }
  local got; got="$(cat dist/version.txt)"
  MAJOR=0 npx projen unbump > /dev/null 2>&1
  git reset --quiet --hard HEAD^
  [[ "$got" == "$2" ]] || fail "after a commit '$1' the next version is $got, not $2"
  echo "release test: after '$1' the next version is $got"
}
next_version 'fix: a fix' "$V_MAJOR.$V_MINOR.$((V_PATCH + 1))"
next_version 'feat: a feature' "$V_MAJOR.$V_MINOR.$((V_PATCH + 1))"
next_version 'feat!: a breaking change' "$V_MAJOR.$((V_MINOR + 1)).0"
next_version $'refactor: a breaking change\n\nBREAKING CHANGE: described in the footer' "$V_MAJOR.$((V_MINOR + 1)).0"
[[ -z "$(git status --porcelain)" ]] || fail "the version checks left changes"

echo "release test: OK — $TAG from $(git rev-parse --short "$BEFORE"): npm, PyPI, Maven and Go packages and the changelog, clean tree, pre-1.0 version rules; dist/ copied here"
