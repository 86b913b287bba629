using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>Stacked LSTM (or GRU) over the window; the last step's state goes through dropout and a linear head.</summary>
internal sealed class LstmNetwork : ISequenceNetwork
{
    private readonly Layer recurrent;
    private readonly Layer dropout;
    private readonly Layer head;

    public LstmNetwork(int features, int hidden, int layers, double dropoutRate, int outputs, bool gru = false)
    {
        Network = new Network();
        recurrent = gru ? Network.Gru(features, hidden, layers, layers > 1 ? dropoutRate : 0)
            : Network.Lstm(features, hidden, layers, layers > 1 ? dropoutRate : 0);
        dropout = Network.Dropout(dropoutRate);
        head = Network.Linear(hidden, outputs);
    }

    public Network Network { get; }

    public Tensor Forward(Tensor windows)
    {
        using var sequence = recurrent.Forward(windows);
        var steps = sequence.Shape[1];
        using var last = sequence.Select(1, steps - 1);
        using var dropped = dropout.Forward(last);
        return head.Forward(dropped);
    }

    public void Dispose() => Network.Dispose();
}
