#!/usr/bin/env bash
# Installs cfn-lint, at the version pinned in scripts/cfn-lint-requirements.txt, into a
# Python virtualenv inside the repository (.venv-cfnlint/, gitignored), for the cfn-lint test
# (test/harness/cfn-lint.test.ts). The `test` task runs it before jest, so a fresh clone
# needs nothing but Python 3.9+ with venv and pip.
#
# Idempotent: when the venv holds what the requirements file pins (a copy of the file is kept
# in the venv once the install succeeded) and its cfn-lint runs, nothing is done. Otherwise
# the venv is rebuilt from scratch. PYTHON chooses the interpreter (default: python3).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="$ROOT/.venv-cfnlint"
REQUIREMENTS="$ROOT/scripts/cfn-lint-requirements.txt"
STAMP="$VENV/requirements.installed"
PYTHON="${PYTHON:-python3}"

PINNED="$(sed -n 's/^cfn-lint==\([^[:space:]]*\).*$/\1/p' "$REQUIREMENTS")"
[[ -n "$PINNED" ]] || { echo "cfn-lint-venv: no 'cfn-lint==<version>' line in $REQUIREMENTS" >&2; exit 1; }

if [[ -f "$STAMP" ]] && cmp -s "$STAMP" "$REQUIREMENTS" \
  && [[ "$("$VENV/bin/cfn-lint" --version 2>/dev/null)" == "cfn-lint $PINNED" ]]; then
  exit 0
fi

command -v "$PYTHON" > /dev/null || { echo "cfn-lint-venv: $PYTHON not found: the cfn-lint test needs Python 3.9 or later" >&2; exit 1; }
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' \
  || { echo "cfn-lint-venv: cfn-lint $PINNED needs Python 3.9 or later, $PYTHON is $("$PYTHON" --version 2>&1)" >&2; exit 1; }

echo "cfn-lint-venv: installing cfn-lint $PINNED into .venv-cfnlint/"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$REQUIREMENTS"
[[ "$("$VENV/bin/cfn-lint" --version)" == "cfn-lint $PINNED" ]] \
  || { echo "cfn-lint-venv: the installed cfn-lint is not $PINNED" >&2; exit 1; }
cp "$REQUIREMENTS" "$STAMP"
