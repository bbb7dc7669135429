#!/usr/bin/env bash
# Fetches the data sets into data/ (git-ignored); idempotent. Filled in by the networks issue.
set -euo pipefail
