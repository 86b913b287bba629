using CryptoSmartTrader.Bot.Hosting;

try
{
    var app = CryptoSmartTrader.Bot.Hosting.BotHost.Build(args);
    var options = app.Services.GetRequiredService<BotOptions>();
    await app.StartAsync();
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"cst-bot: {options.Mode.ToString().ToUpperInvariant()} mode, status page at {url}/");
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (BotConfigurationException ex)
{
    await Console.Error.WriteLineAsync($"cst-bot: {ex.Message}");
    return 2;
}
