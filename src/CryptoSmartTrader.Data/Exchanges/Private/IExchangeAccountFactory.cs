using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>Accounts per venue; an error result when the venue has no credentials configured.</summary>
public interface IExchangeAccountFactory
{
    ExchangeResult<IExchangeAccount> Get(Exchange exchange);
}
