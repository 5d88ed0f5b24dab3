#!/usr/bin/env bash
# Java consumer test: the Maven project in test/consumers/java, with
# aws-cdk-lib from Maven Central and cdk-connect-instance from the Maven
# repository that jsii-pacmak writes to dist/java (a release's, or
# `npx projen package:java`'s), synthesizes a ConnectInstance and checks the
# template with aws-cdk-lib's assertions (JUnit 5 under Maven Surefire).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
# The newest aws-cdk-lib that Maven Central serves here; the library is
# developed against the npm 2.276.0, which Maven Central did not have when this was set.
CDK_JAVA_VERSION="${CDK_JAVA_VERSION:-2.263.0}"
ARTIFACT="$DIST/java/io/github/cdk-connect-instance/cdk-connect-instance"
VERSION="$(ls "$ARTIFACT" 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true)"
[[ -n "$VERSION" ]] || { echo "java test: no Maven artifact in $DIST/java: run 'npx projen release' or 'npx projen package:java' first" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$ROOT/test/consumers/java/." "$WORK/"
echo "java test: cdk-connect-instance $VERSION with aws-cdk-lib $CDK_JAVA_VERSION on $(java -version 2>&1 | head -1)"
cd "$WORK"
# The artifact comes from dist/java only: never a cached copy of an earlier build.
rm -rf "${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/io/github/cdk-connect-instance"
mvn --batch-mode --no-transfer-progress test \
  -Dcdk.version="$CDK_JAVA_VERSION" \
  -Dconnect.version="$VERSION" \
  -Dconnect.repository="file://$DIST/java"
