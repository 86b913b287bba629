// The bot host arrives with its own issue; until then ./run.sh says so plainly instead of pretending to trade.
await Console.Error.WriteLineAsync("cst-bot: not implemented yet (the Quartz-scheduled paper/live host is tracked by the bot issue).");
return 3;
