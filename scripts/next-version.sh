#!/usr/bin/env bash
# projen's nextVersionCommand (see .projenrc.ts): the first release, when no
# v0.* tag exists yet ($LATEST_TAG empty), is 0.1.0 rather than projen's
# 0.0.0; after that, printing nothing lets the conventional commits decide.
set -euo pipefail
if [[ -z "${LATEST_TAG:-}" ]]; then
  echo minor
fi
