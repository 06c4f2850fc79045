using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Profiles;

/// <summary>
/// Combines, for each setting, the flag, else the environment variable, else the profile. A profile named
/// by --profile or $PROVENANCE_PROFILE must exist; "default" is used silently when present.
/// </summary>
public sealed class DeploymentResolver(CommandRunner runner, ParseResult parse)
{
    private CliContext Context => runner.Context;

    /// <summary>The profiles file in effect.</summary>
    public ProfileStore Store => new(parse.GetValue(runner.Options.ProfilesFile) is { } flag
        ? Context.ResolvePath(flag)
        : Context.Variable(EnvironmentVariables.Profiles) is { } variable
            ? Context.ResolvePath(variable)
            : Path.Combine(Context.HomeDirectory, "profiles.json"));

    /// <summary>The profile name asked for explicitly, if any.</summary>
    public string? RequestedProfile => parse.GetValue(runner.Options.Profile) ?? Context.Variable(EnvironmentVariables.Profile);

    /// <summary>The profile name to use or write: the requested one, else "default".</summary>
    public string ProfileName => RequestedProfile ?? "default";

    /// <summary>Resolves the target.</summary>
    public async Task<DeploymentTarget> ResolveAsync(CancellationToken cancellationToken)
    {
        var store = Store;
        Profile? profile;
        if (RequestedProfile is { } requested)
        {
            profile = await store.GetAsync(requested, cancellationToken);
        }
        else
        {
            profile = (await store.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Name == "default");
        }

        var rpc = Flag(runner.Options.Rpc) ?? UriVariable(EnvironmentVariables.Rpc) ?? profile?.Rpc
            ?? throw new CliException("no chain RPC URL: pass --rpc, set $PROVENANCE_RPC, or use a profile written by 'provenance deploy'");
        var registryText = Flag(runner.Options.Registry) ?? Context.Variable(EnvironmentVariables.Registry);
        Address? registry = profile?.Registry;
        if (registryText is not null)
        {
            registry = Address.TryParse(registryText, out var parsed)
                ? parsed
                : throw new CliException($"'{registryText}' is not an Ethereum address (0x and 40 hex digits, EIP-55 when mixed case); check --registry or ${EnvironmentVariables.Registry}");
        }

        var node = Flag(runner.Options.Node) ?? UriVariable(EnvironmentVariables.Node) ?? profile?.Node;
        var sameDeployment = profile is not null && registry == profile.Registry;
        return new DeploymentTarget(rpc, registry, sameDeployment ? profile!.DeploymentBlock : 0, node, profile?.Name);
    }

    /// <summary>The ledger node alone (flag, else environment, else the profile), for commands that need no chain.</summary>
    public async Task<Uri?> ResolveNodeAsync(CancellationToken cancellationToken)
    {
        if ((Flag(runner.Options.Node) ?? UriVariable(EnvironmentVariables.Node)) is { } given)
        {
            return given;
        }

        return RequestedProfile is { } requested
            ? (await Store.GetAsync(requested, cancellationToken)).Node
            : (await Store.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Name == "default")?.Node;
    }

    private T? Flag<T>(Option<T?> option) where T : class =>
        parse.CommandResult.Command.Options.Contains(option) ? parse.GetValue(option) : null;

    private Uri? UriVariable(string name) =>
        Context.Variable(name) is not { } text ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri
        : throw new CliException($"${name} is not an absolute URL: '{text}'");
}
