#!/usr/bin/env bash
# The notebook tests' tools outside apt: the .NET Interactive local tool (.config/dotnet-tools.json) and playwright-core for the
# browser test (uses Debian's chromium, downloads no browser). Safe to run repeatedly.
set -euo pipefail
dotnet tool restore >&2
dir=tests/CryptoSmartTrader.Kernel.Tests/browser
if [ ! -d "$dir/node_modules/playwright-core" ]; then
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
