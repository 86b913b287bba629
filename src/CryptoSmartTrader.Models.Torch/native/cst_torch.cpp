// The whole shim lives in this one file: every extra translation unit re-parses the libtorch headers.
#include "cst_torch.h"

#include <torch/torch.h>

#include <atomic>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace {

thread_local std::string g_error;
std::atomic<int64_t> g_live{0};

struct Counted {
  Counted() { ++g_live; }
  Counted(const Counted&) = delete;
  Counted& operator=(const Counted&) = delete;
  ~Counted() { --g_live; }
};

struct Tensor : Counted {
  explicit Tensor(torch::Tensor v) : t(std::move(v)) {}
  torch::Tensor t;
};

enum class Kind { Linear, Lstm, Gru, LayerNorm, Dropout, Encoder, Attention };

struct Module : Counted {
  Kind kind;
  torch::nn::Linear linear{nullptr};
  torch::nn::LSTM lstm{nullptr};
  torch::nn::GRU gru{nullptr};
  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Dropout dropout{nullptr};
  torch::nn::TransformerEncoderLayer encoder{nullptr};
  torch::nn::MultiheadAttention attention{nullptr};
};

struct Model : Counted {
  std::shared_ptr<torch::nn::Module> root = std::make_shared<torch::nn::Module>("cst_model");
  int next = 0;
  torch::Device device = torch::kCPU;
  torch::Dtype dtype = torch::kFloat32;
  std::string name() { return "m" + std::to_string(next++); }
};

struct Optimizer : Counted {
  std::unique_ptr<torch::optim::Optimizer> opt;
};

torch::Dtype dtype_of(int dtype) {
  if (dtype == 0) return torch::kFloat32;
  if (dtype == 1) return torch::kFloat64;
  throw std::invalid_argument("dtype must be 0 (float32) or 1 (float64), got " + std::to_string(dtype));
}

torch::Device device_of(int device) {
  if (device == 0) return torch::kCPU;
  if (device == 1) {
    if (!torch::cuda::is_available()) throw std::runtime_error("CUDA requested but this libtorch sees no CUDA device");
    return torch::kCUDA;
  }
  throw std::invalid_argument("device must be 0 (CPU) or 1 (CUDA), got " + std::to_string(device));
}

template <typename T>
T* as(cst_handle h, const char* what) {
  if (h == nullptr) throw std::invalid_argument(std::string("null ") + what + " handle");
  return static_cast<T*>(h);
}

torch::Tensor& tensor(cst_handle h) { return as<Tensor>(h, "tensor")->t; }

void put(cst_handle* out, torch::Tensor t) {
  if (out == nullptr) throw std::invalid_argument("null output pointer");
  *out = new Tensor(std::move(t));
}

template <typename Holder>
cst_handle add_module(cst_handle model, Kind kind, Holder holder, Holder Module::*slot) {
  auto* m = as<Model>(model, "model");
  m->root->register_module(m->name(), holder);
  auto* mod = new Module();
  mod->kind = kind;
  (mod->*slot) = holder;
  return mod;
}

}  // namespace

#define CST_TRY try {
#define CST_END                                        \
  }                                                    \
  catch (const c10::Error& e) {                        \
    g_error = e.what_without_backtrace();              \
    return 1;                                          \
  }                                                    \
  catch (const std::exception& e) {                    \
    g_error = e.what();                                \
    return 1;                                          \
  }                                                    \
  catch (...) {                                        \
    g_error = "unknown native error";                  \
    return 1;                                          \
  }                                                    \
  return 0;

extern "C" {

const char* cst_last_error(void) { return g_error.c_str(); }

int cst_version(int* abi) { CST_TRY *abi = 1; CST_END }

int cst_live_objects(int64_t* count) { CST_TRY *count = g_live.load(); CST_END }

int cst_cuda_available(int* available) { CST_TRY *available = torch::cuda::is_available() ? 1 : 0; CST_END }

int cst_manual_seed(uint64_t seed) { CST_TRY torch::manual_seed(seed); CST_END }

int cst_set_threads(int threads) {
  CST_TRY
  if (threads < 1) throw std::invalid_argument("thread count must be at least 1");
  torch::set_num_threads(threads);
  CST_END
}

int cst_set_grad_enabled(int enabled) { CST_TRY torch::GradMode::set_enabled(enabled != 0); CST_END }

int cst_tensor_new(const double* data, const int64_t* shape, int ndim, int dtype, int device, int requires_grad, cst_handle* out) {
  CST_TRY
  if (data == nullptr || shape == nullptr || ndim < 1) throw std::invalid_argument("tensor needs data and a shape of at least one dimension");
  std::vector<int64_t> dims(shape, shape + ndim);
  auto t = torch::from_blob(const_cast<double*>(data), dims, torch::kFloat64).to(dtype_of(dtype)).clone().to(device_of(device));
  if (requires_grad) t.requires_grad_(true);
  put(out, t);
  CST_END
}

int cst_tensor_free(cst_handle t) { CST_TRY delete static_cast<Tensor*>(t); CST_END }

int cst_tensor_shape(cst_handle t, int64_t* shape, int capacity, int* ndim) {
  CST_TRY
  auto& x = tensor(t);
  *ndim = static_cast<int>(x.dim());
  for (int i = 0; i < *ndim && i < capacity; ++i) shape[i] = x.size(i);
  CST_END
}

int cst_tensor_read(cst_handle t, double* out, int64_t count) {
  CST_TRY
  auto x = tensor(t).detach().to(torch::kCPU).to(torch::kFloat64).contiguous();
  if (x.numel() != count) throw std::invalid_argument("read: tensor has " + std::to_string(x.numel()) + " values, buffer " + std::to_string(count));
  std::memcpy(out, x.data_ptr<double>(), sizeof(double) * count);
  CST_END
}

int cst_tensor_write(cst_handle t, const double* data, int64_t count) {
  CST_TRY
  auto& x = tensor(t);
  if (x.numel() != count) throw std::invalid_argument("write: tensor has " + std::to_string(x.numel()) + " values, buffer " + std::to_string(count));
  torch::NoGradGuard guard;
  auto src = torch::from_blob(const_cast<double*>(data), x.sizes(), torch::kFloat64);
  x.copy_(src);
  CST_END
}

int cst_tensor_grad(cst_handle t, cst_handle* out) {
  CST_TRY
  auto g = tensor(t).grad();
  if (!g.defined()) throw std::runtime_error("tensor has no gradient (not a leaf requiring grad, or backward not run)");
  put(out, g.detach().clone());
  CST_END
}

int cst_tensor_backward(cst_handle t) { CST_TRY tensor(t).backward(); CST_END }

int cst_unary(int op, cst_handle a, cst_handle* out) {
  CST_TRY
  auto& x = tensor(a);
  switch (op) {
    case 0: put(out, torch::relu(x)); break;
    case 1: put(out, torch::gelu(x)); break;
    case 2: put(out, torch::tanh(x)); break;
    case 3: put(out, torch::sigmoid(x)); break;
    case 4: put(out, -x); break;
    case 5: put(out, torch::exp(x)); break;
    case 6: put(out, x.mean()); break;
    case 7: put(out, x.sum()); break;
    case 8: put(out, x.detach()); break;
    case 9: put(out, x * x); break;
    default: throw std::invalid_argument("unknown unary op " + std::to_string(op));
  }
  CST_END
}

int cst_binary(int op, cst_handle a, cst_handle b, cst_handle* out) {
  CST_TRY
  auto& x = tensor(a);
  auto& y = tensor(b);
  switch (op) {
    case 0: put(out, x + y); break;
    case 1: put(out, x - y); break;
    case 2: put(out, x * y); break;
    case 3: put(out, torch::matmul(x, y)); break;
    case 4: put(out, x / y); break;
    default: throw std::invalid_argument("unknown binary op " + std::to_string(op));
  }
  CST_END
}

int cst_mul_scalar(cst_handle a, double s, cst_handle* out) { CST_TRY put(out, tensor(a) * s); CST_END }

int cst_narrow(cst_handle a, int dim, int64_t start, int64_t length, cst_handle* out) {
  CST_TRY put(out, tensor(a).narrow(dim, start, length)); CST_END
}

int cst_select(cst_handle a, int dim, int64_t index, cst_handle* out) { CST_TRY put(out, tensor(a).select(dim, index)); CST_END }

int cst_reshape(cst_handle a, const int64_t* shape, int ndim, cst_handle* out) {
  CST_TRY put(out, tensor(a).reshape(std::vector<int64_t>(shape, shape + ndim))); CST_END
}

int cst_model_new(cst_handle* out) { CST_TRY *out = new Model(); CST_END }

int cst_model_free(cst_handle m) { CST_TRY delete static_cast<Model*>(m); CST_END }

int cst_model_train(cst_handle m, int training) { CST_TRY as<Model>(m, "model")->root->train(training != 0); CST_END }

int cst_model_to(cst_handle m, int device, int dtype) {
  CST_TRY
  auto* model = as<Model>(m, "model");
  model->device = device_of(device);
  model->dtype = dtype_of(dtype);
  model->root->to(model->device, model->dtype);
  CST_END
}

int cst_model_param_count(cst_handle m, int64_t* tensors, int64_t* scalars) {
  CST_TRY
  auto params = as<Model>(m, "model")->root->parameters();
  *tensors = static_cast<int64_t>(params.size());
  int64_t n = 0;
  for (auto& p : params) n += p.numel();
  *scalars = n;
  CST_END
}

int cst_model_param(cst_handle m, int64_t index, cst_handle* out) {
  CST_TRY
  auto params = as<Model>(m, "model")->root->parameters();
  if (index < 0 || index >= static_cast<int64_t>(params.size())) throw std::out_of_range("parameter index out of range");
  put(out, params[index]);
  CST_END
}

int cst_model_save(cst_handle m, uint8_t* buffer, int64_t capacity, int64_t* length) {
  CST_TRY
  torch::serialize::OutputArchive archive;
  as<Model>(m, "model")->root->save(archive);
  std::ostringstream os;
  archive.save_to(os);
  auto bytes = os.str();
  *length = static_cast<int64_t>(bytes.size());
  if (buffer != nullptr && capacity >= *length) std::memcpy(buffer, bytes.data(), bytes.size());
  CST_END
}

int cst_model_load(cst_handle m, const uint8_t* buffer, int64_t length) {
  CST_TRY
  auto* model = as<Model>(m, "model");
  std::istringstream is(std::string(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length)));
  torch::serialize::InputArchive archive;
  archive.load_from(is, model->device);
  model->root->load(archive);
  CST_END
}

int cst_linear(cst_handle model, int64_t in, int64_t out_features, int bias, cst_handle* out) {
  CST_TRY
  torch::nn::Linear l(torch::nn::LinearOptions(in, out_features).bias(bias != 0));
  *out = add_module(model, Kind::Linear, l, &Module::linear);
  CST_END
}

int cst_lstm(cst_handle model, int64_t in, int64_t hidden, int64_t layers, double dropout, cst_handle* out) {
  CST_TRY
  torch::nn::LSTM l(torch::nn::LSTMOptions(in, hidden).num_layers(layers).dropout(dropout).batch_first(true));
  *out = add_module(model, Kind::Lstm, l, &Module::lstm);
  CST_END
}

int cst_gru(cst_handle model, int64_t in, int64_t hidden, int64_t layers, double dropout, cst_handle* out) {
  CST_TRY
  torch::nn::GRU l(torch::nn::GRUOptions(in, hidden).num_layers(layers).dropout(dropout).batch_first(true));
  *out = add_module(model, Kind::Gru, l, &Module::gru);
  CST_END
}

int cst_layer_norm(cst_handle model, int64_t dim, cst_handle* out) {
  CST_TRY
  torch::nn::LayerNorm l(torch::nn::LayerNormOptions({dim}));
  *out = add_module(model, Kind::LayerNorm, l, &Module::norm);
  CST_END
}

int cst_dropout(cst_handle model, double p, cst_handle* out) {
  CST_TRY
  torch::nn::Dropout l{torch::nn::DropoutOptions(p)};
  *out = add_module(model, Kind::Dropout, l, &Module::dropout);
  CST_END
}

int cst_encoder_layer(cst_handle model, int64_t d_model, int64_t heads, int64_t ff, double dropout, int activation, cst_handle* out) {
  CST_TRY
  auto opts = torch::nn::TransformerEncoderLayerOptions(d_model, heads).dim_feedforward(ff).dropout(dropout);
  if (activation == 1) opts.activation(torch::kGELU); else opts.activation(torch::kReLU);
  torch::nn::TransformerEncoderLayer l(opts);
  *out = add_module(model, Kind::Encoder, l, &Module::encoder);
  CST_END
}

int cst_attention(cst_handle model, int64_t d_model, int64_t heads, double dropout, cst_handle* out) {
  CST_TRY
  torch::nn::MultiheadAttention l(torch::nn::MultiheadAttentionOptions(d_model, heads).dropout(dropout));
  *out = add_module(model, Kind::Attention, l, &Module::attention);
  CST_END
}

int cst_module_free(cst_handle module) { CST_TRY delete static_cast<Module*>(module); CST_END }

int cst_forward(cst_handle module, cst_handle x, cst_handle* out) {
  CST_TRY
  auto* m = as<Module>(module, "module");
  auto& in = tensor(x);
  switch (m->kind) {
    case Kind::Linear: put(out, m->linear(in)); break;
    case Kind::Lstm: put(out, std::get<0>(m->lstm(in))); break;
    case Kind::Gru: put(out, std::get<0>(m->gru(in))); break;
    case Kind::LayerNorm: put(out, m->norm(in)); break;
    case Kind::Dropout: put(out, m->dropout(in)); break;
    // libtorch 1.13 attention is sequence-first [T, N, E]; the API is batch-first.
    case Kind::Encoder: put(out, m->encoder(in.transpose(0, 1)).transpose(0, 1)); break;
    case Kind::Attention: {
      auto s = in.transpose(0, 1);
      put(out, std::get<0>(m->attention(s, s, s)).transpose(0, 1));
      break;
    }
  }
  CST_END
}

int cst_adam(cst_handle model, double lr, double weight_decay, int decoupled, cst_handle* out) {
  CST_TRY
  auto params = as<Model>(model, "model")->root->parameters();
  auto* o = new Optimizer();
  if (decoupled)
    o->opt = std::make_unique<torch::optim::AdamW>(params, torch::optim::AdamWOptions(lr).weight_decay(weight_decay));
  else
    o->opt = std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(lr).weight_decay(weight_decay));
  *out = o;
  CST_END
}

int cst_optimizer_free(cst_handle opt) { CST_TRY delete static_cast<Optimizer*>(opt); CST_END }

int cst_optimizer_zero_grad(cst_handle opt) { CST_TRY as<Optimizer>(opt, "optimizer")->opt->zero_grad(); CST_END }

int cst_optimizer_step(cst_handle opt) { CST_TRY as<Optimizer>(opt, "optimizer")->opt->step(); CST_END }

int cst_clip_grad_norm(cst_handle model, double max_norm, double* total_norm) {
  CST_TRY
  *total_norm = torch::nn::utils::clip_grad_norm_(as<Model>(model, "model")->root->parameters(), max_norm);
  CST_END
}

int cst_mse(cst_handle pred, cst_handle target, cst_handle* out) { CST_TRY put(out, torch::mse_loss(tensor(pred), tensor(target))); CST_END }

int cst_bce_logits(cst_handle logits, cst_handle target, cst_handle* out) {
  CST_TRY put(out, torch::binary_cross_entropy_with_logits(tensor(logits), tensor(target))); CST_END
}

int cst_pinball(cst_handle pred, cst_handle target, const double* quantiles, int count, cst_handle* out) {
  CST_TRY
  auto& p = tensor(pred);
  if (p.dim() != 2 || p.size(1) != count) throw std::invalid_argument("pinball: predictions must be [N, " + std::to_string(count) + "]");
  auto q = torch::from_blob(const_cast<double*>(quantiles), {count}, torch::kFloat64).to(p.options()).view({1, count});
  auto diff = tensor(target).reshape({-1, 1}) - p;
  put(out, torch::max(q * diff, (q - 1) * diff).mean());
  CST_END
}

}  // extern "C"
