#!/usr/bin/env bash
# Bootstraps a fresh machine and runs every test. Prints a closing line 'N passed, N failed, N skipped'.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

bash .devcontainer/bootstrap.sh

echo "[test] building (Release, warnings are errors)" >&2
dotnet build CryptoSmartTrader.sln -c Release --no-restore --nologo -v q

# Services that tests need (e.g. PostgreSQL for the cluster test) are started by hooks, which register their own
# shutdown in cleanup_hooks; everything is stopped on exit, whatever the outcome.
cleanup_hooks=()
log_dir="$(mktemp -d)"
cleanup_hooks+=('rm -rf "$log_dir"')
trap 'for c in "${cleanup_hooks[@]}"; do eval "$c"; done' EXIT
for hook in tests/services/*.sh; do
  [ -e "$hook" ] || continue
  source "$hook"
done

set +e
dotnet test CryptoSmartTrader.sln -c Release --no-build --nologo \
  --logger "console;verbosity=minimal" --logger "trx" --results-directory "$log_dir" "$@" 2>&1 | tee "$log_dir/test.log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries from the TRX files into one closing line.
python3 - "$log_dir" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    s += int(c.get("notExecuted", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
exit "$status"
