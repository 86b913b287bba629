#!/usr/bin/env bash
# Makes a fresh Debian machine ready: checks the .NET SDK, installs missing apt packages (as root, otherwise prints
# the exact command), restores npm assets and NuGet packages. Safe to run repeatedly; does nothing when all is present.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '[bootstrap] %s\n' "$*" >&2; }

if ! command -v dotnet >/dev/null 2>&1; then
  log "the .NET 10 SDK is missing. Install it (see https://learn.microsoft.com/dotnet/core/install/linux-debian) or open the repo in the devcontainer (.devcontainer/)."
  exit 1
fi
sdk_major="$(dotnet --version | cut -d. -f1)"
if [ "$sdk_major" -lt 10 ]; then
  log "the .NET SDK is $(dotnet --version); version 10 or later is required (global.json)."
  exit 1
fi

mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' .devcontainer/apt-packages.txt | tr -d ' ')
missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    log "installing apt packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    log "missing apt packages: ${missing[*]}"
    log "run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

# Front-end assets (the bot status page's charts) come from npm and are vendored into the build; reports embed Plotly.NET's plotly.js.
for pkg in $(find src bot -name package.json -not -path '*/node_modules/*' -not -path '*/bin/*' -not -path '*/obj/*'); do
  dir="$(dirname "$pkg")"
  [ -d "$dir/node_modules" ] && continue
  if command -v npm >/dev/null 2>&1; then
    log "installing npm assets in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  else
    log "npm is missing; run: apt-get install -y npm"
    exit 1
  fi
done

# Optional extra setup steps register themselves here (none at present).
for hook in .devcontainer/bootstrap.d/*.sh; do
  [ -e "$hook" ] || continue
  log "running ${hook}"
  bash "$hook"
done

log "restoring NuGet packages"
dotnet restore CryptoSmartTrader.sln --verbosity quiet >&2

# Market data: tests, notebooks and the bot's replay read a dataset folder, searched like DatasetLocator does
# (CST_DATASETS, datasets/, ../shared/datasets). A clone without one gets the re-downloadable datasets from the exchanges'
# public endpoints into datasets/ (needs network access to api.binance.com; resumes where an interrupted run stopped).
# What cannot be re-downloaded is listed in datasets/manifest.json with where to get it. Set CST_SKIP_FETCH=1 to skip.
has_candles() {
  local dir="$1"
  [ -d "$dir" ] || return 1
  [ -d "$dir/candles" ] && dir="$dir/candles"
  [ -n "$(find "$dir" -name '*.csv*' -not -name '*.partial' -print -quit 2>/dev/null)" ]
}
fetched_stamp="datasets/.fetched-$(sha256sum datasets/manifest.json | cut -c1-16)"
if [ "${CST_SKIP_FETCH:-0}" = "1" ]; then
  log "CST_SKIP_FETCH=1: not looking for market data"
elif [ -n "${CST_DATASETS:-}" ] && has_candles "$CST_DATASETS"; then
  : # an explicit dataset folder
elif has_candles ../shared/datasets || has_candles shared/datasets; then
  : # the shared reference copy beside the repository
elif [ -f "$fetched_stamp" ]; then
  : # datasets/ was fetched completely for this manifest
else
  log "no dataset folder found (CST_DATASETS, datasets/, ../shared/datasets): fetching the re-downloadable datasets into datasets/"
  dotnet build src/CryptoSmartTrader.Cli/CryptoSmartTrader.Cli.csproj -c Release --no-restore --nologo -v q >&2
  # CST_FETCH_ARGS passes extra options, e.g. --binance-url for a mirror (word-split on purpose).
  # shellcheck disable=SC2086
  if dotnet src/CryptoSmartTrader.Cli/bin/Release/net10.0/cst.dll data fetch-datasets --into datasets ${CST_FETCH_ARGS:-} >&2; then
    rm -f datasets/.fetched-* && touch "$fetched_stamp"
  else
    # Not fatal: the bot still starts (live data or a clear 'no data' page), and every test that needs a missing file
    # fails naming it and how to get it. A rerun resumes the download.
    log "fetch-datasets did not complete (see above; network access to the exchanges is needed). Rerun to resume."
  fi
fi
