using System.Diagnostics.CodeAnalysis;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>Either a value or an <see cref="ExchangeError"/>; expected failures are results, not exceptions.</summary>
public readonly struct ExchangeResult<T>
{
    private readonly T? _value;

    private ExchangeResult(T? value, ExchangeError? error)
    {
        _value = value;
        Error = error;
    }

    public ExchangeError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws <see cref="InvalidOperationException"/> naming the error when the call failed.</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"no value: {Error}");

    public static ExchangeResult<T> Ok(T value) => new(value, null);

    public static ExchangeResult<T> Fail(ExchangeError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator ExchangeResult<T>(T value) => Ok(value);

    public static implicit operator ExchangeResult<T>(ExchangeError error) => Fail(error);

    public ExchangeResult<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? ExchangeResult<TOut>.Ok(map(_value!)) : ExchangeResult<TOut>.Fail(Error);

    public override string ToString() => IsSuccess ? $"Ok({_value})" : $"Fail({Error})";
}
