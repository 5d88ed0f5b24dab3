#!/usr/bin/env bash
# Python consumer test: a virtual environment with aws-cdk-lib and constructs
# from PyPI and the wheel from dist/python (a release's, or
# `npx projen package:python`'s), then test/consumers/python synthesizes a
# ConnectInstance and checks the template with aws-cdk-lib's assertions.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
# The newest aws-cdk-lib that PyPI serves here; the library is developed
# against the npm 2.276.0, which PyPI did not have when this was set.
CDK_PYTHON_VERSION="${CDK_PYTHON_VERSION:-2.275.0}"
WHEEL="$(ls "$DIST"/python/cdk_connect_instance-*-py3-none-any.whl 2>/dev/null | head -1 || true)"
[[ -n "$WHEEL" ]] || { echo "python test: no wheel in $DIST/python: run 'npx projen release' or 'npx projen package:python' first" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "aws-cdk-lib==$CDK_PYTHON_VERSION" "constructs>=10.0.5,<11" "$WHEEL"
echo "python test: $(basename "$WHEEL") with aws-cdk-lib $CDK_PYTHON_VERSION on $("$WORK/venv/bin/python" --version)"
cp "$ROOT/test/consumers/python/test_connect_instance.py" "$WORK/"
cd "$WORK"
"$WORK/venv/bin/python" -m unittest -v test_connect_instance
