#!/usr/bin/env bash
# First step of `npx projen release`: a release is cut from a clean checkout
# (no changes, no untracked files that the build could pick up) with commits
# since the last release. projen's own bump silently skips the second case and
# would build an unversioned 0.0.0 package.
set -euo pipefail

if [[ -n "$(git status --porcelain)" ]]; then
  echo "release: the working tree has changes or untracked files; commit or remove them first:" >&2
  git status --short >&2
  exit 1
fi
subject="$(git log -1 --format=%s)"
if [[ "$subject" == "chore(release):"* ]]; then
  echo "release: nothing to release: HEAD is the release commit '$subject' ($(git describe --tags --abbrev=0 2>/dev/null || echo 'no tag'))" >&2
  exit 1
fi
if [[ -z "$(git config user.name || true)" || -z "$(git config user.email || true)" ]]; then
  echo "release: git user.name and user.email must be set: the release commits CHANGELOG.md and tags it" >&2
  exit 1
fi
echo "release: from $(git rev-parse --short HEAD) on $(git rev-parse --abbrev-ref HEAD), latest tag: $(git describe --tags --abbrev=0 --match 'v*' 2>/dev/null || echo 'none (first release)')"
