#!/usr/bin/env bash
# Go consumer test: a Go module that requires aws-cdk-go from the Go module
# proxy and replaces cdk-connect-instance's module with dist/go (a release's,
# or `npx projen package:go`'s); test/consumers/go synthesizes a ConnectInstance
# and checks the template with aws-cdk-lib's assertions (`go test`).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
CDK_GO_VERSION="${CDK_GO_VERSION:-v$(node -p "require('$ROOT/package.json').devDependencies['aws-cdk-lib']")}"
MODULE_DIR="$DIST/go/cdkconnectinstance"
[[ -f "$MODULE_DIR/go.mod" ]] || { echo "go test: no Go module in $DIST/go: run 'npx projen release' or 'npx projen package:go' first" >&2; exit 1; }
MODULE="$(sed -n 's/^module //p' "$MODULE_DIR/go.mod")"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/test/consumers/go/"*.go "$WORK/"
cd "$WORK"
cat > go.mod <<GOMOD
module consumer

go 1.25

require (
	github.com/aws/aws-cdk-go/awscdk/v2 $CDK_GO_VERSION
	$MODULE v0.0.0
)

replace $MODULE => $MODULE_DIR
GOMOD
go mod tidy
echo "go test: $MODULE $(cat "$MODULE_DIR/version" 2>/dev/null) from $MODULE_DIR with aws-cdk-go $CDK_GO_VERSION on $(go version | cut -d' ' -f3)"
go test -v -count=1 ./...
