using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Exchanges;

namespace CryptoSmartTrader.Trading.Tests.Exchanges;

public sealed class ExchangeRulesTests
{
    private static readonly ExchangeRules Rules = new(tickSize: 0.01m, lotSize: 0.001m, minQuantity: 0.001m, minNotional: 10m);

    [Fact]
    public void Quantities_round_down_to_the_lot_and_prices_to_the_passive_tick()
    {
        Assert.Equal(1.234m, Rules.RoundQuantity(1.2349m));
        Assert.Equal(100.12m, Rules.RoundPrice(100.129m, isBuy: true));
        Assert.Equal(100.13m, Rules.RoundPrice(100.121m, isBuy: false));
        Assert.Equal(100.13m, Rules.RoundStop(100.125m));
    }

    [Fact]
    public void Validation_names_the_failing_filter()
    {
        Assert.Null(Rules.Validate(0.1m, 100m));
        Assert.Contains("rounds to zero", Rules.Validate(0m, 100m));
        Assert.Contains("minimum 0.001", new ExchangeRules(0.01m, 0.0001m, 0.001m, 0m).Validate(0.0005m, 100m));
        Assert.Contains("notional", Rules.Validate(0.05m, 100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRules(0m, 1m, 0m, 0m));
    }

    [Fact]
    public void Profiles_carry_each_venues_base_fee_tier()
    {
        Assert.Equal(new FeeSchedule(0.001m, 0.001m), ExchangeProfiles.For(Exchange.Binance).Fees);
        Assert.Equal(new FeeSchedule(0.0025m, 0.004m), ExchangeProfiles.For(Exchange.Kraken).Fees);
        Assert.Equal(new FeeSchedule(0.001m, 0.001m), ExchangeProfiles.For(Exchange.KuCoin).Fees);
        Assert.Equal(new FeeSchedule(0.002m, 0.002m), ExchangeProfiles.For(Exchange.Htx).Fees);
        Assert.Throws<ArgumentException>(() => ExchangeProfiles.For(Exchange.Parse("bitstamp")));
    }

    [Fact]
    public void Per_symbol_rules_override_the_defaults()
    {
        var btc = new Symbol("BTC", "USDT");
        var profile = ExchangeProfiles.Binance.WithRules(btc, Rules);
        Assert.Equal(Rules, profile.RulesFor(btc));
        Assert.Equal(ExchangeProfiles.Binance.DefaultRules, profile.RulesFor(new Symbol("ETH", "USDT")));
    }

    [Theory]
    [InlineData("0.1,0.1", 0.001, 0.001)]
    [InlineData("0.02", 0.0002, 0.0002)]
    public void Fee_schedule_parses_percentages(string text, double maker, double taker)
    {
        var f = FeeSchedule.ParsePercent(text);
        Assert.Equal((decimal)maker, f.Maker);
        Assert.Equal((decimal)taker, f.Taker);
    }

    [Fact]
    public void Bad_fee_text_is_refused() => Assert.Throws<FormatException>(() => FeeSchedule.ParsePercent("cheap"));
}
