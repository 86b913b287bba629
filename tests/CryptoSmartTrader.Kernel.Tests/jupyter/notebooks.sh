#!/usr/bin/env bash
# Runs the notebooks through Jupyter's own machinery (test.sh calls this after the headless run):
#   1. nbclient on the project's kernel cst-csharp, quick parameters, every notebook must pass and stay under 3 MB executed;
#   2. the browser test: Jupyter Notebook 6 on 127.0.0.1 with a token, chromium via Playwright runs 01-data-exploration and
#      must find the plotly chart drawn and no error output (screenshot kept);
#   3. nbclient on the .NET Interactive kernel (tool from .config/dotnet-tools.json), recorded only: which notebooks run there.
# Usage: notebooks.sh OUT_DIR   (absolute or relative to the repository root). Exit code 1 when step 1 or 2 fails.
# STEPS="kernel browser interactive" (the default) picks steps, e.g. STEPS=browser while working on the browser test.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
cd "$ROOT"
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
CST="$ROOT/src/CryptoSmartTrader.Cli/bin/Release/net10.0/cst.dll"
log() { printf '[notebooks] %s\n' "$*" >&2; }

prefix="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$prefix"
}
trap cleanup EXIT
dotnet "$CST" kernel install --prefix "$prefix" >&2 || exit 1
export JUPYTER_PATH="$prefix/share/jupyter"
export JUPYTER_DATA_DIR="$prefix/data" JUPYTER_CONFIG_DIR="$prefix/config" JUPYTER_RUNTIME_DIR="$prefix/runtime"
status=0
steps=" ${STEPS:-kernel browser interactive} "

# 1. nbclient on cst-csharp, each run in its own store and model folder (03 stores the candidate 05 promotes, so in order).
if [[ "$steps" == *" kernel "* ]]; then
  rm -rf "$OUT/cst-csharp" && mkdir -p "$OUT/cst-csharp"
  log "nbclient on cst-csharp -> $OUT/cst-csharp"
  CST_DB="$OUT/cst-csharp/cst.db" CST_MODELS="$OUT/cst-csharp/models" \
    /usr/bin/python3 "$HERE/run_notebooks.py" --kernel cst-csharp --out "$OUT/cst-csharp" --param quick=true --max-mb 3 \
    notebooks/*.ipynb || status=1
fi

# 2. Browser test. The notebook copy lives under the repository so the session finds the datasets as from notebooks/.
if [[ "$steps" == *" browser "* ]]; then
  browser_dir="$OUT/browser"
  rm -rf "$browser_dir" && mkdir -p "$browser_dir/nb"
  /usr/bin/python3 "$HERE/prepare_notebook.py" notebooks/01-data-exploration.ipynb "$browser_dir/nb/01-data-exploration.ipynb" quick=true
  port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  token="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(24))')"
  log "browser test: Jupyter Notebook on 127.0.0.1:$port"
  CST_DB="$browser_dir/cst.db" CST_MODELS="$browser_dir/models" \
    jupyter notebook --no-browser --allow-root --ip=127.0.0.1 --port="$port" --port-retries=0 \
    --NotebookApp.token="$token" --notebook-dir="$browser_dir/nb" >"$browser_dir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    /usr/bin/python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=2)" \
      "http://127.0.0.1:$port/api/status?token=$token" >/dev/null 2>&1 && break
    sleep 1
  done
  if node "$HERE/../browser/notebook_browser_test.mjs" "http://127.0.0.1:$port/notebooks/01-data-exploration.ipynb?token=$token" \
    "$browser_dir/01-data-exploration.png"; then :; else
    status=1
    tail -30 "$browser_dir/server.log" >&2
  fi
  kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
fi

# 3. .NET Interactive (deprecated upstream): the same notebook text, the library from the local feed through the set-up cell's
# `#r "nuget: CryptoSmartTrader.Research, *-*"`; MSBuild reads RestoreAdditionalProjectSources from the environment, so the
# kernel's package restore sees artifacts/feed without touching the user's NuGet config. Recorded, never fails the run.
if [[ "$steps" == *" interactive "* ]]; then
  di="$OUT/dotnet-interactive"
  rm -rf "$di" && mkdir -p "$di"
  export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1
  if dotnet tool run dotnet-interactive --version >/dev/null 2>&1 \
    && version="$(bash "$HERE/pack-feed.sh" "$ROOT/artifacts/feed")" \
    && mkdir -p "$prefix/share/jupyter/kernels" \
    && dotnet tool run dotnet-interactive jupyter install --path "$prefix/share/jupyter/kernels" >"$di/install.log" 2>&1; then
    log ".NET Interactive with the library $version from artifacts/feed -> $di"
    RestoreAdditionalProjectSources="$ROOT/artifacts/feed" CST_DB="$di/cst.db" CST_MODELS="$di/models" \
      /usr/bin/python3 "$HERE/run_notebooks.py" --kernel .net-csharp --out "$di" --param quick=true --allow-fail \
      notebooks/*.ipynb >"$di/kernel.log" 2>"$di/run.log"
    /usr/bin/python3 - "$di/summary.json" <<'PY' >&2
import json, sys
s = json.load(open(sys.argv[1]))
ok = [n for n, r in s.items() if r["ok"]]
print(f"[notebooks] on .NET Interactive {len(ok)} of {len(s)} run: " + ", ".join(ok))
# What the package's extension.dib shows there: the library's plots and tables, not .NET Interactive's property trees.
import os
for n in ok:
    nb = json.load(open(os.path.join(os.path.dirname(sys.argv[1]), n + ".ipynb")))
    html = ["".join(o.get("data", {}).get("text/html", "")) for c in nb["cells"] for o in c.get("outputs", [])]
    plots, tables, trees = (sum(h.count('class="cst-plot"') for h in html), sum("<table" in h and "dni-treeview" not in h for h in html),
                            sum("dni-treeview" in h for h in html))
    s[n].update(plots=plots, tables=tables, trees=trees)
    print(f"[notebooks]   {n}: {s[n]['bytes'] / 1e6:.2f} MB, {plots} plots, {tables} tables, {trees} property trees")
json.dump(s, open(sys.argv[1], "w"), indent=1)
for n, r in s.items():
    if not r["ok"]:
        lines = [l for l in (r["error"] or "").splitlines() if l.strip()]
        # The first line that names the failure (an exception or a compile error), not the last stack frame.
        named = [l for l in lines if not l.lstrip().startswith("at ") and ("Exception" in l or "error" in l.lower())]
        print(f"[notebooks]   {n} fails there: {(named or lines or ['?'])[0].strip()[:300]}")
PY
  else
    log ".NET Interactive not available (dotnet tool restore, pack or kernelspec failed; see $di/install.log); not run"
  fi
fi

exit $status
