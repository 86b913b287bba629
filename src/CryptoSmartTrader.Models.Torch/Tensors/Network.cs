using CryptoSmartTrader.Models.Torch.Native;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>
/// A container of layers built from C#: the optimizer, save/load, device moves and train/eval mode cover every layer
/// created through it. Layers must all be created before <see cref="To"/> and before an optimizer is made.
/// </summary>
internal sealed unsafe class Network : IDisposable
{
    private readonly List<Layer> layers = [];

    public Network()
    {
        TorchRuntime.EnsureAvailable();
        TorchNative.Check(TorchNative.cst_model_new(out var h), "model_new");
        Handle = new ModelHandle(h);
    }

    internal ModelHandle Handle { get; }

    public TorchDevice Device { get; private set; } = TorchDevice.Cpu;
    public TorchDtype Dtype { get; private set; } = TorchDtype.Float32;

    public Layer Linear(long inFeatures, long outFeatures, bool bias = true) =>
        Add(TorchNative.cst_linear(Handle, inFeatures, outFeatures, bias ? 1 : 0, out var h), h, "linear");

    public Layer Lstm(long inFeatures, long hidden, long layers = 1, double dropout = 0) =>
        Add(TorchNative.cst_lstm(Handle, inFeatures, hidden, layers, dropout, out var h), h, "lstm");

    public Layer Gru(long inFeatures, long hidden, long layers = 1, double dropout = 0) =>
        Add(TorchNative.cst_gru(Handle, inFeatures, hidden, layers, dropout, out var h), h, "gru");

    public Layer LayerNorm(long dim) => Add(TorchNative.cst_layer_norm(Handle, dim, out var h), h, "layer_norm");

    public Layer Dropout(double p) => Add(TorchNative.cst_dropout(Handle, p, out var h), h, "dropout");

    public Layer EncoderLayer(long dModel, long heads, long feedForward, double dropout, bool gelu = true) =>
        Add(TorchNative.cst_encoder_layer(Handle, dModel, heads, feedForward, dropout, gelu ? 1 : 0, out var h), h, "encoder_layer");

    public Layer Attention(long dModel, long heads, double dropout = 0) =>
        Add(TorchNative.cst_attention(Handle, dModel, heads, dropout, out var h), h, "attention");

    /// <summary>Training mode enables dropout (also used on purpose for MC-dropout sampling).</summary>
    public void SetTraining(bool training) => TorchNative.Check(TorchNative.cst_model_train(Handle, training ? 1 : 0), "train");

    public void To(TorchDevice device, TorchDtype dtype)
    {
        TorchNative.Check(TorchNative.cst_model_to(Handle, (int)device, (int)dtype), "to");
        Device = device;
        Dtype = dtype;
    }

    public long ParameterCount
    {
        get
        {
            TorchNative.Check(TorchNative.cst_model_param_count(Handle, out _, out var scalars), "param_count");
            return scalars;
        }
    }

    /// <summary>The parameter tensors, sharing storage with the network (writes change the model).</summary>
    public List<Tensor> Parameters()
    {
        TorchNative.Check(TorchNative.cst_model_param_count(Handle, out var count, out _), "param_count");
        var result = new List<Tensor>((int)count);
        for (var i = 0L; i < count; i++)
        {
            result.Add(Tensor.Wrap(TorchNative.cst_model_param(Handle, i, out var h), h, "param"));
        }

        return result;
    }

    public Optimizer Adam(double learningRate, double weightDecay = 0, bool decoupled = true) => new(this, learningRate, weightDecay, decoupled);

    public double ClipGradNorm(double maxNorm)
    {
        TorchNative.Check(TorchNative.cst_clip_grad_norm(Handle, maxNorm, out var norm), "clip_grad_norm");
        return norm;
    }

    public byte[] SaveParameters()
    {
        TorchNative.Check(TorchNative.cst_model_save(Handle, null, 0, out var length), "save");
        var bytes = new byte[length];
        fixed (byte* p = bytes)
        {
            TorchNative.Check(TorchNative.cst_model_save(Handle, p, length, out _), "save");
        }

        return bytes;
    }

    public void LoadParameters(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        fixed (byte* p = bytes)
        {
            TorchNative.Check(TorchNative.cst_model_load(Handle, p, bytes.Length), "load");
        }
    }

    public void Dispose()
    {
        foreach (var layer in layers)
        {
            layer.Dispose();
        }

        layers.Clear();
        Handle.Dispose();
    }

    private Layer Add(int rc, nint h, string operation)
    {
        TorchNative.Check(rc, operation);
        var layer = new Layer(new LayerHandle(h));
        layers.Add(layer);
        return layer;
    }
}
