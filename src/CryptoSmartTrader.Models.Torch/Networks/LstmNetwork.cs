using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>Stacked LSTM over the window [N, T, F]; the last step's state goes through dropout and a linear head.</summary>
internal sealed class LstmNetwork : Module<Tensor, Tensor>
{
    private readonly LSTM recurrent;
    private readonly Dropout dropout;
    private readonly Linear head;

    public LstmNetwork(int features, int hidden, int layers, double dropoutRate, int outputs) : base(nameof(LstmNetwork))
    {
        // Between-layer dropout only exists with two or more layers (libtorch warns otherwise).
        recurrent = LSTM(features, hidden, layers, bias: true, batchFirst: true, dropout: layers > 1 ? dropoutRate : 0);
        dropout = Dropout(dropoutRate);
        head = Linear(hidden, outputs);
        RegisterComponents();
    }

    public override Tensor forward(Tensor windows)
    {
        var (sequence, _, _) = recurrent.forward(windows);
        return head.forward(dropout.forward(sequence.select(1, -1)));
    }
}
