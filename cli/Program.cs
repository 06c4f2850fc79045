using ProvenanceLedger.Cli;
using ProvenanceLedger.Cli.Infrastructure;

return await ProvenanceCli.RunAsync(args, CliContext.FromProcess());
