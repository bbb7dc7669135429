#!/usr/bin/env bash
# Regenerates the README's parameter reference from the descriptor table (`aimc params --markdown`).
# Usage: scripts/gen-param-reference.sh [path/to/aimc]   (--check: exit 1 if the README is stale)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check=0
[ "${1:-}" = "--check" ] && { check=1; shift; }
aimc="${1:-$root/build/release/bin/aimc}"
table="$("$aimc" params --markdown)"
python3 - "$root/README.md" "$check" "$table" <<'PY'
import sys
path, check, table = sys.argv[1], sys.argv[2] == "1", sys.argv[3]
text = open(path, encoding="utf-8").read()
begin, end = "<!-- params:begin -->", "<!-- params:end -->"
i, j = text.index(begin) + len(begin), text.index(end)
new = text[:i] + "\n" + table.rstrip("\n") + "\n" + text[j:]
if check:
    if new != text:
        sys.exit("README.md: the parameter reference is out of date; run scripts/gen-param-reference.sh")
else:
    open(path, "w", encoding="utf-8").write(new)
PY
