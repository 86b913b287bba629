using CryptoSmartTrader.Models.Torch.Native;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>A libtorch tensor. Every op returns a new tensor the caller disposes; values cross as double arrays.</summary>
internal sealed unsafe class Tensor : IDisposable
{
    private Tensor(TensorHandle handle) => Handle = handle;

    internal TensorHandle Handle { get; }

    public static Tensor From(ReadOnlySpan<double> data, ReadOnlySpan<long> shape, TorchDtype dtype = TorchDtype.Float32,
        TorchDevice device = TorchDevice.Cpu, bool requiresGrad = false)
    {
        TorchRuntime.EnsureAvailable();
        long count = 1;
        foreach (var d in shape)
        {
            count *= d;
        }

        if (shape.Length == 0 || count != data.Length)
        {
            throw new ArgumentException($"tensor: {data.Length} values do not fill shape [{string.Join(", ", shape.ToArray())}]", nameof(data));
        }

        fixed (double* p = data)
        fixed (long* s = shape)
        {
            return Wrap(TorchNative.cst_tensor_new(p, s, shape.Length, (int)dtype, (int)device, requiresGrad ? 1 : 0, out var h), h, "tensor_new");
        }
    }

    internal static Tensor Wrap(int rc, nint h, string operation)
    {
        TorchNative.Check(rc, operation);
        return new Tensor(new TensorHandle(h));
    }

    public long[] Shape
    {
        get
        {
            var shape = stackalloc long[8];
            TorchNative.Check(TorchNative.cst_tensor_shape(Handle, shape, 8, out var n), "shape");
            return new ReadOnlySpan<long>(shape, Math.Min(n, 8)).ToArray();
        }
    }

    public double[] ToArray()
    {
        long count = 1;
        foreach (var d in Shape)
        {
            count *= d;
        }

        var values = new double[count];
        fixed (double* p = values)
        {
            TorchNative.Check(TorchNative.cst_tensor_read(Handle, p, count), "read");
        }

        return values;
    }

    public double Item() => ToArray()[0];

    /// <summary>Overwrites the values in place without recording a gradient (used to perturb parameters).</summary>
    public void Write(ReadOnlySpan<double> data)
    {
        fixed (double* p = data)
        {
            TorchNative.Check(TorchNative.cst_tensor_write(Handle, p, data.Length), "write");
        }
    }

    public Tensor Grad() => Wrap(TorchNative.cst_tensor_grad(Handle, out var h), h, "grad");

    public void Backward() => TorchNative.Check(TorchNative.cst_tensor_backward(Handle), "backward");

    public Tensor Relu() => Unary(0, "relu");
    public Tensor Gelu() => Unary(1, "gelu");
    public Tensor Tanh() => Unary(2, "tanh");
    public Tensor Sigmoid() => Unary(3, "sigmoid");
    public Tensor Mean() => Unary(6, "mean");
    public Tensor Sum() => Unary(7, "sum");
    public Tensor Detach() => Unary(8, "detach");
    public Tensor Square() => Unary(9, "square");

    public Tensor Add(Tensor other) => Binary(0, other, "add");
    public Tensor Sub(Tensor other) => Binary(1, other, "sub");
    public Tensor Mul(Tensor other) => Binary(2, other, "mul");
    public Tensor MatMul(Tensor other) => Binary(3, other, "matmul");
    public Tensor Mul(double s) => Wrap(TorchNative.cst_mul_scalar(Handle, s, out var h), h, "mul_scalar");

    public Tensor Narrow(int dim, long start, long length) => Wrap(TorchNative.cst_narrow(Handle, dim, start, length, out var h), h, "narrow");

    public Tensor Select(int dim, long index) => Wrap(TorchNative.cst_select(Handle, dim, index, out var h), h, "select");

    public Tensor Reshape(params long[] shape)
    {
        fixed (long* s = shape)
        {
            return Wrap(TorchNative.cst_reshape(Handle, s, shape.Length, out var h), h, "reshape");
        }
    }

    public void Dispose() => Handle.Dispose();

    private Tensor Unary(int op, string name) => Wrap(TorchNative.cst_unary(op, Handle, out var h), h, name);

    private Tensor Binary(int op, Tensor other, string name) => Wrap(TorchNative.cst_binary(op, Handle, other.Handle, out var h), h, name);
}
