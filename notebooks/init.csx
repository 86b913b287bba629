// Shared set-up for the notebooks: references the research library and the libraries it calls from the Release build folder.
// Build it first:  dotnet build src/CryptoSmartTrader.Research -c Release   (or the whole solution with -c Release).
// #r takes a literal path (resolved against this file's folder), so the path is fixed; see notebooks/README.md for other builds.
// Usings declared here do not reach the notebook cells: each notebook adds its own after #load "init.csx".
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Core.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Data.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Features.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Models.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Models.Torch.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Trading.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Backtesting.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Reporting.dll"
#r "../src/CryptoSmartTrader.Research/bin/Release/net10.0/CryptoSmartTrader.Research.dll"
