namespace CryptoSmartTrader.Core.Orders;

public enum OrderSide
{
    Buy = 1,
    Sell = 2,
}
