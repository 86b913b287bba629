/* Plain C API over libtorch for CryptoSmartTrader.Models.Torch. Every function returns 0 on success and a non-zero
 * status on failure; the message is then in cst_last_error() (per thread). No C++ exception crosses this boundary.
 * Handles are opaque; each *_new/creating call is paired with a *_free. cst_live_objects() counts live handles so
 * callers can prove they do not leak. Devices: 0 = CPU, 1 = CUDA. Dtypes: 0 = float32, 1 = float64. */
#ifndef CST_TORCH_H
#define CST_TORCH_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
#define CST_API __attribute__((visibility("default")))
typedef void* cst_handle;

CST_API const char* cst_last_error(void);
CST_API int cst_version(int* abi);
CST_API int cst_live_objects(int64_t* count);
CST_API int cst_cuda_available(int* available);
CST_API int cst_manual_seed(uint64_t seed);
CST_API int cst_set_threads(int threads);
CST_API int cst_set_grad_enabled(int enabled);

CST_API int cst_tensor_new(const double* data, const int64_t* shape, int ndim, int dtype, int device, int requires_grad, cst_handle* out);
CST_API int cst_tensor_free(cst_handle t);
CST_API int cst_tensor_shape(cst_handle t, int64_t* shape, int capacity, int* ndim);
CST_API int cst_tensor_read(cst_handle t, double* out, int64_t count);
CST_API int cst_tensor_write(cst_handle t, const double* data, int64_t count);
CST_API int cst_tensor_grad(cst_handle t, cst_handle* out);
CST_API int cst_tensor_backward(cst_handle t);

/* unary: 0 relu, 1 gelu, 2 tanh, 3 sigmoid, 4 neg, 5 exp, 6 mean (all), 7 sum (all), 8 detach, 9 square */
CST_API int cst_unary(int op, cst_handle a, cst_handle* out);
/* binary: 0 add, 1 sub, 2 mul, 3 matmul, 4 div (broadcasting) */
CST_API int cst_binary(int op, cst_handle a, cst_handle b, cst_handle* out);
CST_API int cst_mul_scalar(cst_handle a, double s, cst_handle* out);
CST_API int cst_narrow(cst_handle a, int dim, int64_t start, int64_t length, cst_handle* out);
CST_API int cst_select(cst_handle a, int dim, int64_t index, cst_handle* out);
CST_API int cst_reshape(cst_handle a, const int64_t* shape, int ndim, cst_handle* out);

CST_API int cst_model_new(cst_handle* out);
CST_API int cst_model_free(cst_handle m);
CST_API int cst_model_train(cst_handle m, int training);
CST_API int cst_model_to(cst_handle m, int device, int dtype);
CST_API int cst_model_param_count(cst_handle m, int64_t* tensors, int64_t* scalars);
CST_API int cst_model_param(cst_handle m, int64_t index, cst_handle* out);
CST_API int cst_model_save(cst_handle m, uint8_t* buffer, int64_t capacity, int64_t* length);
CST_API int cst_model_load(cst_handle m, const uint8_t* buffer, int64_t length);

/* Layers are created inside a model (so its optimizer and save/load see them) and returned as module handles. */
CST_API int cst_linear(cst_handle model, int64_t in, int64_t out_features, int bias, cst_handle* out);
CST_API int cst_lstm(cst_handle model, int64_t in, int64_t hidden, int64_t layers, double dropout, cst_handle* out);
CST_API int cst_gru(cst_handle model, int64_t in, int64_t hidden, int64_t layers, double dropout, cst_handle* out);
CST_API int cst_layer_norm(cst_handle model, int64_t dim, cst_handle* out);
CST_API int cst_dropout(cst_handle model, double p, cst_handle* out);
/* activation: 0 relu, 1 gelu. Inputs are batch-first [N, T, d_model]. */
CST_API int cst_encoder_layer(cst_handle model, int64_t d_model, int64_t heads, int64_t ff, double dropout, int activation, cst_handle* out);
CST_API int cst_attention(cst_handle model, int64_t d_model, int64_t heads, double dropout, cst_handle* out);
CST_API int cst_module_free(cst_handle module);
/* Recurrent modules return the full output sequence [N, T, hidden]; attention is self-attention. */
CST_API int cst_forward(cst_handle module, cst_handle x, cst_handle* out);

CST_API int cst_adam(cst_handle model, double lr, double weight_decay, int decoupled, cst_handle* out);
CST_API int cst_optimizer_free(cst_handle opt);
CST_API int cst_optimizer_zero_grad(cst_handle opt);
CST_API int cst_optimizer_step(cst_handle opt);
CST_API int cst_clip_grad_norm(cst_handle model, double max_norm, double* total_norm);

CST_API int cst_mse(cst_handle pred, cst_handle target, cst_handle* out);
CST_API int cst_bce_logits(cst_handle logits, cst_handle target, cst_handle* out);
/* pred [N, Q], target [N] or [N, 1]; mean over rows and quantiles of the pinball loss. */
CST_API int cst_pinball(cst_handle pred, cst_handle target, const double* quantiles, int count, cst_handle* out);
#ifdef __cplusplus
}
#endif
#endif
