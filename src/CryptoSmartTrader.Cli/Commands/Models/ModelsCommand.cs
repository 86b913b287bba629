using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary><c>cst models list|show|promote|retire</c>, plus the top-level train, evaluate and predict commands.</summary>
internal static class ModelsCommand
{
    /// <summary>The model commands: <c>models …</c> and the top-level <c>train</c>, <c>evaluate</c>, <c>predict</c>.</summary>
    public static IEnumerable<Command> CreateAll(CliContext context)
    {
        yield return Create(context);
        yield return TrainCommand.Create(context);
        yield return EvaluateCommand.Create(context);
        yield return PredictCommand.Create(context);
    }

    public static Command Create(CliContext context)
    {
        var command = new Command("models",
            "The model registry: list, show, promote (candidate → promoted) and retire models.\n\nExamples:\n  cst models list\n  cst models show btc-eth-v1 --json\n  cst models promote btc-eth-v1");
        command.Add(List(context));
        command.Add(Single(context, "show", "Show a model's metadata and walk-forward metrics", (r, n) => r.Show(n)));
        command.Add(Single(context, "promote", "Promote a candidate (the bot uses the latest promoted model)", (r, n) => r.Promote(n)));
        command.Add(Single(context, "retire", "Retire a model", (r, n) => r.Retire(n)));
        command.Add(ImportanceCommand.Create(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var dir = ModelsCliSupport.ModelsDir();
        var json = CommonOptions.Json();
        var command = new Command("list", "List stored models") { dir, json };
        command.SetAction(async (parse, _) =>
        {
            var models = ModelsCliSupport.Registry(parse.GetValue(dir)!, context).List();
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, models.Select(m => new
                {
                    m.Name, m.State, m.PredictorKind, m.Horizons, m.Symbols, m.TrainFrom, m.TrainTo, m.CreatedAt, featureSet = $"{m.FeatureSet.Name} {m.FeatureSet.Version}",
                }));
                return 0;
            }

            if (models.Count == 0)
            {
                await context.Out.WriteLineAsync("no models");
            }

            foreach (var m in models)
            {
                await context.Out.WriteLineAsync($"{m.Name,-24}{m.State.ToString().ToLowerInvariant(),-11}{m.PredictorKind,-9}{string.Join(",", m.Horizons),-16}{m.Symbols.Count,3} symbols  {m.TrainFrom:yyyy-MM-dd}..{m.TrainTo:yyyy-MM-dd}");
            }

            return 0;
        });
        return command;
    }

    private static Command Single(CliContext context, string name, string description, Func<ModelRegistry, string, RegistryResult<ModelMetadata>> action)
    {
        var model = new Argument<string>("name") { Description = "Model name" };
        var dir = ModelsCliSupport.ModelsDir();
        var json = CommonOptions.Json();
        var command = new Command(name, description) { model, dir, json };
        command.SetAction(async (parse, _) =>
        {
            var result = action(ModelsCliSupport.Registry(parse.GetValue(dir)!, context), parse.GetValue(model)!);
            if (!result.Ok)
            {
                throw new CliFailureException(result.Error!);
            }

            await ModelsOutput.WriteMetadataAsync(context, result.Value!, parse.GetValue(json));
            return 0;
        });
        return command;
    }
}
