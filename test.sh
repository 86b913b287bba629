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

# Every notebook runs headlessly on the real data with quick parameters, into its own store and model folder (never
# the working data/cst.db), and leaves executed notebooks and HTML reports in artifacts/notebooks for reviewers.
echo "[test] executing notebooks (quick parameters) into artifacts/notebooks" >&2
rm -rf artifacts/notebooks && mkdir -p artifacts/notebooks
CST_DB=artifacts/notebooks/cst.db CST_MODELS=artifacts/notebooks/models \
  dotnet src/CryptoSmartTrader.Cli/bin/Release/net10.0/cst.dll notebook run notebooks --out artifacts/notebooks --param quick=true
nb_status=$?

# The same notebooks through Jupyter's own client on the project's kernel (cst-csharp), a browser run in Notebook 6, and the
# .NET Interactive kernel (recorded only) -> artifacts/notebooks-jupyter; see tests/CryptoSmartTrader.Kernel.Tests/jupyter/notebooks.sh.
echo "[test] executing notebooks through Jupyter (nbclient, Notebook 6 in chromium, .NET Interactive)" >&2
bash tests/CryptoSmartTrader.Kernel.Tests/jupyter/notebooks.sh artifacts/notebooks-jupyter
jupyter_status=$?
set -e
notebooks=$(find notebooks -maxdepth 1 -name '*.ipynb' | wc -l)

# Sum the per-assembly summaries from the TRX files into one closing line.
python3 - "$log_dir" "$notebooks" "$nb_status" "$jupyter_status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
# The notebook run counts as one test per notebook: all pass, or the run is a failure.
if int(sys.argv[3]) == 0: p += int(sys.argv[2])
else: f += 1
# The Jupyter runs (nbclient on cst-csharp + the browser test) count as one test each way.
if int(sys.argv[4]) == 0: p += 1
else: f += 1
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    s += int(c.get("notExecuted", 0))
    # Name every failed test with the first lines of its message, so that a CI log cut to its tail still says what failed.
    for r in ET.parse(path).getroot().iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult"):
        if r.get("outcome") not in ("Failed", "Error", "Timeout"): continue
        m = r.find(".//{*}ErrorInfo/{*}Message")
        text = " ".join((m.text or "").split())[:600] if m is not None else ""
        print(f"FAILED {r.get('testName')}: {text}")
print(f"{p} passed, {f} failed, {s} skipped")
PY
[ "$status" -eq 0 ] && [ "$nb_status" -eq 0 ] && [ "$jupyter_status" -eq 0 ]
