using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Api;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Jobs;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Security;
using CryptoSmartTrader.Bot.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>The bot's composition root: configuration, scheduler, engine, API and status page.</summary>
public static class BotHost
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--mode"] = "Bot:Mode",
        ["--bind"] = "Bot:BindAddress",
        ["--port"] = "Bot:Port",
        ["--db"] = "Bot:DbPath",
        ["--datasets"] = "Bot:DatasetsPath",
        ["--speed"] = "Bot:ReplaySpeed",
        ["--exchange"] = "Bot:Exchange",
        ["--timeframe"] = "Bot:Timeframe",
        ["--strategy"] = "Bot:StrategyFile",
        ["--models"] = "Bot:ModelsPath",
        ["--packages"] = "Bot:PackagesPath",
        ["--cluster"] = "Bot:ClusterConnectionString",
        ["--node"] = "Bot:NodeId",
        ["--job-store"] = "Bot:JobStore",
        ["--from"] = "Bot:Replay:From",
        ["--until"] = "Bot:Replay:Until",
        ["--out"] = "Bot:Replay:Out",
        ["--warmup"] = "Bot:Replay:WarmupBars",
    };

    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureTestServices = null)
    {
        // Promoted LSTM/Transformer/N-BEATS models load through the registry like any other kind.
        CryptoSmartTrader.Models.Torch.Predictors.TorchPredictors.RegisterLoaders();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("CST_")
            .AddCommandLine(args, Switches);
        var token = Environment.GetEnvironmentVariable("CST_BOT_TOKEN");
        if (!string.IsNullOrEmpty(token))
        {
            builder.Configuration["Bot:ApiToken"] = token;
        }

        var options = BotOptions.From(builder.Configuration);
        var marketData = builder.Configuration.GetSection(MarketDataOptions.Section).Get<MarketDataOptions>() ?? new MarketDataOptions();
        var live = builder.Configuration.GetSection(LiveOptions.Section).Get<LiveOptions>() ?? new LiveOptions();
        var maintenance = builder.Configuration.GetSection(Maintenance.MaintenanceOptions.Section).Get<Maintenance.MaintenanceOptions>() ?? new Maintenance.MaintenanceOptions();
        var parity = builder.Configuration.GetSection(Parity.ParityOptions.Section).Get<Parity.ParityOptions>() ?? new Parity.ParityOptions();
        var window = builder.Configuration.GetSection(Replay.ReplayWindowOptions.Section).Get<Replay.ReplayWindowOptions>() ?? new Replay.ReplayWindowOptions();
        var errors = options.Validate().Concat(marketData.Validate()).Concat(live.Validate()).Concat(maintenance.Validate()).Concat(window.Validate(options.Mode))
            .Concat(parity.Validate()).Concat(ListenGuard.Validate(builder.Configuration)).ToList();
        // A strategy the bot cannot run (bad file, unknown or unpromoted model, unknown exchange or symbol) is refused at
        // start-up, not discovered later.
        if (errors.Count == 0) errors.AddRange(Strategies.StrategyLoader.Validate(options, marketData));
        if (errors.Count > 0)
        {
            throw new BotConfigurationException(errors);
        }

        builder.WebHost.UseUrls($"http://{options.BindAddress}:{options.Port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ApiTokenGate.MaxRequestBodyBytes);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        var services = builder.Services;
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<ListenGuard.StartedCheck>();
        services.AddSingleton<BotStatus>();
        services.AddSingleton<HealthEvaluator>();
        var alertOptions = builder.Configuration.GetSection(AlertOptions.Section).Get<AlertOptions>() ?? new AlertOptions();
        services.AddSingleton(alertOptions);
        services.AddHttpClient<WebhookAlertSink>();
        services.AddSingleton<IAlertSink>(sp => sp.GetRequiredService<WebhookAlertSink>());
        services.AddSingleton<IAlertSink, SmtpAlertSink>();
        services.AddSingleton<AlertDispatcher>();
        services.AddSingleton<JobRunLog>();
        services.AddSingleton(builder.Configuration.GetSection(Engine.EngineOptions.Section).Get<Engine.EngineOptions>() ?? new Engine.EngineOptions());
        services.AddSingleton(marketData);
        services.AddSingleton(maintenance);
        services.AddSingleton(window);
        services.AddSingleton(parity);
        services.AddSingleton(live);
        services.AddSingleton<LiveRuntime>();
        services.AddBotEngine();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceId = options.NodeId);
            JobStores.Configure(q, options, builder.Configuration["Bot:JobStore"]);
            JobSchedule.Register(q, options.Schedules);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        configureTestServices?.Invoke(services);

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseApiTokenGate();
        app.MapBotApi();
        return app;
    }
}
