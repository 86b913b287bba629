using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Models.Torch.Native;

/// <summary>P/Invoke declarations for the libcst_torch shim (native/cst_torch.h). Every call returns 0 or a failure status.</summary>
internal static unsafe partial class TorchNative
{
    internal const string Library = "cst_torch";

    [LibraryImport(Library)] internal static partial nint cst_last_error();
    [LibraryImport(Library)] internal static partial int cst_version(out int abi);
    [LibraryImport(Library)] internal static partial int cst_live_objects(out long count);
    [LibraryImport(Library)] internal static partial int cst_cuda_available(out int available);
    [LibraryImport(Library)] internal static partial int cst_manual_seed(ulong seed);
    [LibraryImport(Library)] internal static partial int cst_set_threads(int threads);
    [LibraryImport(Library)] internal static partial int cst_set_grad_enabled(int enabled);

    [LibraryImport(Library)] internal static partial int cst_tensor_new(double* data, long* shape, int ndim, int dtype, int device, int requiresGrad, out nint tensor);
    [LibraryImport(Library)] internal static partial int cst_tensor_free(nint tensor);
    [LibraryImport(Library)] internal static partial int cst_tensor_shape(TensorHandle t, long* shape, int capacity, out int ndim);
    [LibraryImport(Library)] internal static partial int cst_tensor_read(TensorHandle t, double* data, long count);
    [LibraryImport(Library)] internal static partial int cst_tensor_write(TensorHandle t, double* data, long count);
    [LibraryImport(Library)] internal static partial int cst_tensor_grad(TensorHandle t, out nint grad);
    [LibraryImport(Library)] internal static partial int cst_tensor_backward(TensorHandle t);

    [LibraryImport(Library)] internal static partial int cst_unary(int op, TensorHandle a, out nint result);
    [LibraryImport(Library)] internal static partial int cst_binary(int op, TensorHandle a, TensorHandle b, out nint result);
    [LibraryImport(Library)] internal static partial int cst_mul_scalar(TensorHandle a, double s, out nint result);
    [LibraryImport(Library)] internal static partial int cst_narrow(TensorHandle a, int dim, long start, long length, out nint result);
    [LibraryImport(Library)] internal static partial int cst_select(TensorHandle a, int dim, long index, out nint result);
    [LibraryImport(Library)] internal static partial int cst_reshape(TensorHandle a, long* shape, int ndim, out nint result);

    [LibraryImport(Library)] internal static partial int cst_model_new(out nint model);
    [LibraryImport(Library)] internal static partial int cst_model_free(nint model);
    [LibraryImport(Library)] internal static partial int cst_model_train(ModelHandle m, int training);
    [LibraryImport(Library)] internal static partial int cst_model_to(ModelHandle m, int device, int dtype);
    [LibraryImport(Library)] internal static partial int cst_model_param_count(ModelHandle m, out long tensors, out long scalars);
    [LibraryImport(Library)] internal static partial int cst_model_param(ModelHandle m, long index, out nint tensor);
    [LibraryImport(Library)] internal static partial int cst_model_save(ModelHandle m, byte* buffer, long capacity, out long length);
    [LibraryImport(Library)] internal static partial int cst_model_load(ModelHandle m, byte* buffer, long length);

    [LibraryImport(Library)] internal static partial int cst_linear(ModelHandle m, long inFeatures, long outFeatures, int bias, out nint module);
    [LibraryImport(Library)] internal static partial int cst_lstm(ModelHandle m, long inFeatures, long hidden, long layers, double dropout, out nint module);
    [LibraryImport(Library)] internal static partial int cst_gru(ModelHandle m, long inFeatures, long hidden, long layers, double dropout, out nint module);
    [LibraryImport(Library)] internal static partial int cst_layer_norm(ModelHandle m, long dim, out nint module);
    [LibraryImport(Library)] internal static partial int cst_dropout(ModelHandle m, double p, out nint module);
    [LibraryImport(Library)] internal static partial int cst_encoder_layer(ModelHandle m, long dModel, long heads, long ff, double dropout, int activation, out nint module);
    [LibraryImport(Library)] internal static partial int cst_attention(ModelHandle m, long dModel, long heads, double dropout, out nint module);
    [LibraryImport(Library)] internal static partial int cst_module_free(nint module);
    [LibraryImport(Library)] internal static partial int cst_forward(LayerHandle module, TensorHandle x, out nint result);

    [LibraryImport(Library)] internal static partial int cst_adam(ModelHandle m, double lr, double weightDecay, int decoupled, out nint optimizer);
    [LibraryImport(Library)] internal static partial int cst_optimizer_free(nint optimizer);
    [LibraryImport(Library)] internal static partial int cst_optimizer_zero_grad(OptimizerHandle o);
    [LibraryImport(Library)] internal static partial int cst_optimizer_step(OptimizerHandle o);
    [LibraryImport(Library)] internal static partial int cst_clip_grad_norm(ModelHandle m, double maxNorm, out double totalNorm);

    [LibraryImport(Library)] internal static partial int cst_mse(TensorHandle pred, TensorHandle target, out nint loss);
    [LibraryImport(Library)] internal static partial int cst_bce_logits(TensorHandle logits, TensorHandle target, out nint loss);
    [LibraryImport(Library)] internal static partial int cst_pinball(TensorHandle pred, TensorHandle target, double* quantiles, int count, out nint loss);

    /// <summary>Turns a failure status into an exception carrying the shim's message for this thread.</summary>
    internal static void Check(int rc, string operation)
    {
        if (rc != 0)
        {
            throw new TorchException($"libtorch: {operation} failed: {Marshal.PtrToStringUTF8(cst_last_error()) ?? "(no message)"}");
        }
    }
}
