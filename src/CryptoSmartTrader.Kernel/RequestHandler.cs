using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Kernel.Protocol;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// Serves the kernel's requests. Shell requests run one at a time, in order, on a worker loop; control requests (interrupt,
/// shutdown, kernel_info) are answered on the socket thread at once, so they get through while a cell runs. Every request is
/// bracketed by busy/idle status on iopub with the request as parent, as front ends expect.
/// </summary>
internal sealed class RequestHandler
{
    private readonly KernelSockets _sockets;
    private readonly KernelOptions _options;
    private readonly InteractiveSession _session;
    private readonly MimeBundles _bundles = new();
    private readonly System.Threading.Channels.Channel<JupyterMessage> _shell = System.Threading.Channels.Channel.CreateUnbounded<JupyterMessage>();
    private readonly List<(int Line, string Code)> _history = [];
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _sessionId = Guid.NewGuid().ToString();
    private readonly object _gate = new();
    private CancellationTokenSource? _running;
    private TaskCompletionSource<string>? _pendingInput;
    private int _executionCount;

    public RequestHandler(KernelSockets sockets, KernelOptions options)
    {
        _sockets = sockets;
        _options = options;
        _session = new InteractiveSession(options.WorkingDirectory, options.Time);
    }

    public void OnReceived(Channel channel, JupyterMessage message)
    {
        switch (channel)
        {
            case Channel.Shell:
                _shell.Writer.TryWrite(message);
                break;
            case Channel.Control:
                HandleControl(message);
                break;
            case Channel.Stdin when message.Type == "input_reply":
                Interlocked.Exchange(ref _pendingInput, null)?.TrySetResult(message.Content["value"]?.GetValue<string>() ?? string.Empty);
                break;
        }
    }

    public void PublishStarting() => Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);

    /// <summary>Cancels the running cell, if any (its loops stop at the next iteration; a pending stdin read ends).</summary>
    public void Interrupt()
    {
        lock (_gate) _running?.Cancel();
    }

    /// <summary>Ends <see cref="RunAsync"/> as a shutdown request would, without a reply (the front end is gone).</summary>
    public void Stop()
    {
        Interrupt();
        _shell.Writer.TryComplete();
        _stopped.TrySetResult();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var worker = Task.Run(async () =>
        {
            // The warm-up overlaps with the front end connecting (kernel_info is answered on the socket thread meanwhile);
            // shell requests queue behind it, so no cell compiles at the same time.
            await WarmUpAsync();
            await foreach (var message in _shell.Reader.ReadAllAsync(cancellationToken))
            {
                await DispatchShellAsync(message);
            }
        }, cancellationToken);
        // A cell that never returns must not keep the kernel from shutting down: stop when asked, whatever the worker is doing.
        await Task.WhenAny(worker, _stopped.Task.WaitAsync(cancellationToken));
    }

    private async Task WarmUpAsync()
    {
        try
        {
            await _session.WarmUpAsync();
        }
        catch (Exception e)
        {
            // only costs the first cell its head start
            await _options.Log.WriteLineAsync($"[cst kernel] warm-up failed: {e.Message}");
        }
    }

    private async Task DispatchShellAsync(JupyterMessage request)
    {
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        try
        {
            switch (request.Type)
            {
                case "execute_request":
                    await ExecuteAsync(request);
                    break;
                case "complete_request":
                    Reply(Channel.Shell, request, Complete(request.Content));
                    break;
                case "inspect_request":
                    Reply(Channel.Shell, request, Inspect(request.Content));
                    break;
                case "is_complete_request":
                    var complete = InteractiveSession.IsComplete(request.Content["code"]?.GetValue<string>() ?? string.Empty);
                    Reply(Channel.Shell, request, new JsonObject { ["status"] = complete ? "complete" : "incomplete", ["indent"] = complete ? null : string.Empty });
                    break;
                case "history_request":
                    Reply(Channel.Shell, request, History(request.Content));
                    break;
                default:
                    HandleCommon(Channel.Shell, request);
                    break;
            }
        }
        catch (Exception e)
        {
            // A bug in a handler must not end the kernel; the front end gets an error reply instead of waiting forever.
            await _options.Log.WriteLineAsync($"[cst kernel] {request.Type} failed: {e}");
            Reply(Channel.Shell, request, ErrorReply(e.GetType().Name, e.Message, []));
        }
        finally
        {
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
        }
    }

    private void HandleControl(JupyterMessage request)
    {
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        switch (request.Type)
        {
            case "interrupt_request":
                Interrupt();
                Reply(Channel.Control, request, new JsonObject { ["status"] = "ok" });
                break;
            default:
                HandleCommon(Channel.Control, request);
                break;
        }

        Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
    }

    /// <summary>Requests valid on shell and control alike.</summary>
    private void HandleCommon(Channel channel, JupyterMessage request)
    {
        switch (request.Type)
        {
            case "kernel_info_request":
                Reply(channel, request, KernelInfo());
                break;
            case "comm_info_request":
                Reply(channel, request, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "shutdown_request":
                var restart = request.Content["restart"]?.GetValue<bool>() ?? false;
                Reply(channel, request, new JsonObject { ["status"] = "ok", ["restart"] = restart });
                Stop();
                break;
            case "comm_open" or "comm_msg" or "comm_close":
                break; // no comm targets: widgets are not supported, and comm messages get no reply by design
            default:
                _options.Log.WriteLine($"[cst kernel] unsupported request '{request.Type}' on {channel.ToString().ToLowerInvariant()}");
                if (request.Type.EndsWith("_request", StringComparison.Ordinal))
                {
                    Reply(channel, request, ErrorReply("NotImplementedError", $"'{request.Type}' is not supported by this kernel", []));
                }

                break;
        }
    }

    private async Task ExecuteAsync(JupyterMessage request)
    {
        var content = request.Content;
        var code = content["code"]?.GetValue<string>() ?? string.Empty;
        var silent = content["silent"]?.GetValue<bool>() ?? false;
        var storeHistory = !silent && (content["store_history"]?.GetValue<bool>() ?? true);
        var allowStdin = content["allow_stdin"]?.GetValue<bool>() ?? true;
        var stopOnError = content["stop_on_error"]?.GetValue<bool>() ?? true;
        if (storeHistory)
        {
            _executionCount++;
            _history.Add((_executionCount, code));
        }

        var count = _executionCount;
        if (code.Trim() is "exit" or "quit" or "exit()" or "quit()")
        {
            // Terminal front ends (jupyter console) leave when the kernel answers with the ask_exit payload, as IPython does.
            Reply(Channel.Shell, request, new JsonObject
            {
                ["status"] = "ok", ["execution_count"] = count, ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(new JsonObject { ["source"] = "ask_exit", ["keepkernel"] = false }),
            });
            return;
        }

        if (!silent) Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);

        using var interrupt = new CancellationTokenSource();
        lock (_gate) _running = interrupt;
        InteractiveResult result;
        try
        {
            var listener = new CellPublisher(this, request, count, silent, allowStdin, interrupt.Token);
            result = await _session.ExecuteAsync(code, listener, Timeout.InfiniteTimeSpan, interrupt.Token);
        }
        finally
        {
            lock (_gate) _running = null;
            Interlocked.Exchange(ref _pendingInput, null)?.TrySetCanceled();
        }

        if (result.Error is { } error)
        {
            var traceback = Tracebacks.Format(error, count);
            Publish("error", new JsonObject { ["ename"] = error.Name, ["evalue"] = error.Message, ["traceback"] = Strings(traceback) }, request);
            var reply = ErrorReply(error.Name, error.Message, traceback);
            reply["execution_count"] = count;
            Reply(Channel.Shell, request, reply);
            if (stopOnError) await AbortQueuedAsync();
            return;
        }

        Reply(Channel.Shell, request, new JsonObject
        {
            ["status"] = "ok", ["execution_count"] = count, ["payload"] = new JsonArray(), ["user_expressions"] = new JsonObject(),
        });
    }

    /// <summary>After a failed cell, cells already queued behind it are not run (Jupyter's stop_on_error); other requests are.</summary>
    private async Task AbortQueuedAsync()
    {
        var later = new List<JupyterMessage>();
        while (_shell.Reader.TryRead(out var queued))
        {
            if (queued.Type != "execute_request")
            {
                later.Add(queued);
                continue;
            }

            Publish("status", new JsonObject { ["execution_state"] = "busy" }, queued);
            Reply(Channel.Shell, queued, new JsonObject { ["status"] = "aborted" });
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, queued);
        }

        foreach (var message in later) await DispatchShellAsync(message);
    }

    private JsonObject Complete(JsonObject content)
    {
        var code = content["code"]?.GetValue<string>() ?? string.Empty;
        var cursor = CodePoints.ToUtf16(code, content["cursor_pos"]?.GetValue<int>() ?? code.Length);
        var list = _session.Complete(code, cursor);
        return new JsonObject
        {
            ["status"] = "ok", ["matches"] = Strings(list.Matches),
            ["cursor_start"] = CodePoints.FromUtf16(code, list.Start), ["cursor_end"] = CodePoints.FromUtf16(code, list.End),
            ["metadata"] = new JsonObject(),
        };
    }

    private JsonObject Inspect(JsonObject content)
    {
        var code = content["code"]?.GetValue<string>() ?? string.Empty;
        var found = _session.Inspect(code, CodePoints.ToUtf16(code, content["cursor_pos"]?.GetValue<int>() ?? code.Length));
        var data = new JsonObject();
        if (found is not null) data["text/plain"] = found.Documentation is null ? found.Signature : found.Signature + "\n\n" + found.Documentation;
        return new JsonObject { ["status"] = "ok", ["found"] = found is not null, ["data"] = data, ["metadata"] = new JsonObject() };
    }

    private JsonObject History(JsonObject content)
    {
        IEnumerable<(int Line, string Code)> items = _history;
        switch (content["hist_access_type"]?.GetValue<string>())
        {
            case "tail":
                items = _history.TakeLast(content["n"]?.GetValue<int>() ?? 10);
                break;
            case "range":
                var start = content["start"]?.GetValue<int>() ?? 0;
                var stop = content["stop"]?.GetValue<int>() ?? int.MaxValue;
                items = _history.Where(h => h.Line >= start && h.Line < stop);
                break;
            case "search":
                var pattern = content["pattern"]?.GetValue<string>() ?? "*";
                var regex = new System.Text.RegularExpressions.Regex(
                    "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
                    System.Text.RegularExpressions.RegexOptions.Singleline);
                items = _history.Where(h => regex.IsMatch(h.Code));
                break;
        }

        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray([.. items.Select(h => (JsonNode?)new JsonArray(0, h.Line, h.Code))]),
        };
    }

    private static JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = "cst-csharp",
        ["implementation_version"] = typeof(RequestHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0",
        ["language_info"] = new JsonObject
        {
            ["name"] = "csharp", ["version"] = "14.0", ["mimetype"] = "text/x-csharp", ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp", ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = $"C# (CryptoSmartTrader) on .NET {Environment.Version}: the research library is referenced; display(value) shows charts and tables.",
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };

    private static JsonObject ErrorReply(string ename, string evalue, IReadOnlyList<string> traceback) => new()
    {
        ["status"] = "error", ["ename"] = ename, ["evalue"] = evalue, ["traceback"] = Strings(traceback),
    };

    internal static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(s => (JsonNode?)s)]);

    internal MimeBundles Bundles => _bundles;

    internal void Reply(Channel channel, JupyterMessage request, JsonObject content)
    {
        var type = request.Type.EndsWith("_request", StringComparison.Ordinal) ? request.Type[..^"_request".Length] + "_reply" : request.Type + "_reply";
        _sockets.Send(channel, new JupyterMessage(request.Identities, Header(type), request.Header.DeepClone().AsObject(), new JsonObject(), content));
    }

    internal void Publish(string type, JsonObject content, JupyterMessage? parent) =>
        _sockets.Send(Channel.IoPub, new JupyterMessage([Encoding.UTF8.GetBytes("kernel." + type)], Header(type),
            parent?.Header.DeepClone().AsObject() ?? new JsonObject(), new JsonObject(), content));

    /// <summary>Asks the front end for a line on stdin (the request's identities route it to the client that ran the cell).</summary>
    internal string? RequestInput(JupyterMessage parent, string prompt, bool password, CancellationToken interrupt)
    {
        var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _pendingInput, pending)?.TrySetCanceled();
        _sockets.Send(Channel.Stdin, new JupyterMessage(parent.Identities, Header("input_request"), parent.Header.DeepClone().AsObject(), new JsonObject(),
            new JsonObject { ["prompt"] = prompt, ["password"] = password }));
        return pending.Task.WaitAsync(interrupt).GetAwaiter().GetResult();
    }

    private JsonObject Header(string type) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString(),
        ["session"] = _sessionId,
        ["username"] = "cst",
        ["date"] = _options.Time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["msg_type"] = type,
        ["version"] = JupyterMessage.ProtocolVersion,
    };
}
