#!/usr/bin/env bash
# Publishes the release in dist/ to one registry with publib, the publisher
# projen's release workflows use: `npx projen publish:<registry>`. It runs only
# when asked, after `npx projen release`, from the release commit; credentials
# come from the environment (docs/releases.md). PUBLIB_DRYRUN=true stops short
# of uploading.
# Usage: scripts/publish.sh <npm|pypi|maven|go|nuget> <publib@version> <publib command>
set -euo pipefail
registry="$1"; publib="$2"; command="$3"
cd "$(dirname "$0")/.."

fail() { echo "publish:$registry: $*" >&2; exit 1; }

[[ -f dist/version.txt && -f dist/releasetag.txt ]] || fail "no release in dist/: run 'npx projen release' first"
version="$(cat dist/version.txt)"
tag="$(cat dist/releasetag.txt)"
git rev-parse -q --verify "refs/tags/$tag" >/dev/null || fail "the release tag $tag does not exist"
[[ "$(git rev-parse "$tag^{commit}")" == "$(git rev-parse HEAD)" ]] || fail "HEAD is not the release commit of $tag: publish what was released"

case "$registry" in
  npm)   dir=dist/js;     ls "$dir"/cdk-connect-instance@"$version".jsii.tgz >/dev/null ;;
  pypi)  dir=dist/python; ls "$dir"/*-"$version"-py3-none-any.whl >/dev/null ;;
  maven) dir=dist/java;   [[ -d "$dir" ]] ;;
  go)    dir=dist/go;     [[ -d "$dir" ]] ;;
  nuget) dir=dist/dotnet; [[ -d "$dir" ]] || fail "no dist/dotnet: run 'npx projen package:dotnet' where a .NET SDK is installed" ;;
  *)     fail "unknown registry" ;;
esac
echo "publish:$registry: $tag from $dir with $publib $command${PUBLIB_DRYRUN:+ (dry run)}"

if [[ "$registry" == npm ]]; then
  [[ -n "${NPM_TOKEN:-}" || -n "${NPM_TRUSTED_PUBLISHER:-}" ]] || fail "set NPM_TOKEN (or NPM_TRUSTED_PUBLISHER in a CI that npm trusts)"
  # publib-npm writes the token to ~/.npmrc: give it a HOME of its own so that
  # the publisher's own npm configuration is left alone.
  home="$(mktemp -d)"
  trap 'rm -rf "$home"' EXIT
  HOME="$home" npx --yes -p "$publib" "$command" "$dir"
else
  npx --yes -p "$publib" "$command" "$dir"
fi
