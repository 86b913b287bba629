#!/usr/bin/env bash
# Packs the research library and the project libraries it references into a local NuGet feed, artifacts/feed, for notebooks
# opened in Polyglot Notebooks (.NET Interactive): `#i "nuget: ../artifacts/feed"` + `#r "nuget: CryptoSmartTrader.Research, *-*"`.
# Every run gets a new pre-release version (0.1.0-local.<UTC timestamp>), so NuGet's package cache never serves an old copy.
# Uses the Release build (builds it when missing). Usage: pack-feed.sh [FEED_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
FEED="${1:-$ROOT/artifacts/feed}"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
[ -f src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Research.dll ] \
  || dotnet build src/CryptoSmartTrader.Research/CryptoSmartTrader.Research.csproj -c Release --nologo -v q >&2
rm -rf "$FEED" && mkdir -p "$FEED"
for p in Core Data Features Models Models.Torch Trading Backtesting Reporting Research; do
  dotnet pack "src/CryptoSmartTrader.$p/CryptoSmartTrader.$p.csproj" -c Release --no-build --nologo -v q \
    -o "$FEED" -p:PackageVersion="$version" >&2
done
echo "$version"
