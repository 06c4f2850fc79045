using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>Where the development stack lives and listens.</summary>
public sealed record DevSettings(string Repository, string Directory, int ChainPort, int NodePort, string Profile);

/// <summary>The options of dev up and dev down.</summary>
internal sealed class DevOptions
{
    private readonly Option<string?> _repository = new("--repo") { Description = "The Provenance Ledger checkout (default: the nearest folder above the working folder holding ProvenanceLedger.sln)" };
    private readonly Option<string?> _directory = new("--dir") { Description = "Folder for PID files, logs, development keys and samples (default: <repo>/.dev)" };
    private readonly Option<int> _chainPort = new("--chain-port") { Description = "Port of the Hardhat chain on 127.0.0.1", DefaultValueFactory = _ => 8545 };
    private readonly Option<int> _nodePort = new("--node-port") { Description = "Port of the ledger node on 127.0.0.1", DefaultValueFactory = _ => 5080 };
    private readonly Option<string> _profile = new("--dev-profile") { Description = "Name of the profile written for the development registry", DefaultValueFactory = _ => "dev" };

    public void AddTo(Command command)
    {
        command.Options.Add(_repository);
        command.Options.Add(_directory);
        command.Options.Add(_chainPort);
        command.Options.Add(_nodePort);
        command.Options.Add(_profile);
    }

    public DevSettings Read(ParseResult parse, CliContext context)
    {
        var repository = parse.GetValue(_repository) is { } given ? context.ResolvePath(given) : FindRepository(context.WorkingDirectory);
        var directory = parse.GetValue(_directory) is { } dir ? context.ResolvePath(dir) : Path.Combine(repository, ".dev");
        return new DevSettings(repository, directory, parse.GetValue(_chainPort), parse.GetValue(_nodePort), parse.GetValue(_profile)!);
    }

    private static string FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ProvenanceLedger.sln")))
            {
                return folder.FullName;
            }
        }

        throw new CliException($"no ProvenanceLedger.sln in {start} or above; run from the checkout or pass --repo");
    }
}
