using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Profiles;

/// <summary>The profiles file: <c>{ "profiles": { name: { rpc, chainId, registry, deploymentBlock, node } } }</c>.</summary>
public sealed class ProfileStore(string path)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The file's path.</summary>
    public string Path { get; } = path;

    /// <summary>Every profile in the file (none when the file does not exist).</summary>
    public async Task<IReadOnlyList<Profile>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        JsonObject profiles;
        try
        {
            var root = JsonNode.Parse(await File.ReadAllTextAsync(Path, cancellationToken)) as JsonObject;
            profiles = root?["profiles"] as JsonObject ?? throw new CliException($"profiles file {Path} has no \"profiles\" object; fix or delete it");
        }
        catch (JsonException e)
        {
            throw new CliException($"profiles file {Path} is not valid JSON ({e.Message}); fix or delete it", innerException: e);
        }

        return profiles.Select(p => ReadProfile(p.Key, p.Value as JsonObject)).ToList();
    }

    /// <summary>The profile called <paramref name="name"/>; a one-line error listing the known ones when absent.</summary>
    public async Task<Profile> GetAsync(string name, CancellationToken cancellationToken)
    {
        var all = await LoadAsync(cancellationToken);
        return all.FirstOrDefault(p => p.Name == name)
            ?? throw new CliException(all.Count == 0
                ? $"unknown profile '{name}': {Path} has no profiles; run 'provenance deploy --profile {name}' first"
                : $"unknown profile '{name}' in {Path}; known profiles: {string.Join(", ", all.Select(p => p.Name))}");
    }

    /// <summary>Adds or replaces <paramref name="profile"/>, keeping the others.</summary>
    public async Task SaveAsync(Profile profile, CancellationToken cancellationToken)
    {
        var others = (await LoadAsync(cancellationToken)).Where(p => p.Name != profile.Name);
        var profiles = new JsonObject();
        foreach (var p in others.Append(profile).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            profiles[p.Name] = new JsonObject
            {
                ["rpc"] = p.Rpc.ToString(),
                ["chainId"] = p.ChainId,
                ["registry"] = p.Registry.ToString(),
                ["deploymentBlock"] = p.DeploymentBlock,
                ["node"] = p.Node?.ToString(),
            };
        }

        var text = new JsonObject { ["profiles"] = profiles }.ToJsonString(Indented) + "\n";
        await AtomicFile.WriteTextAsync(Path, text, overwrite: true, cancellationToken);
    }

    private Profile ReadProfile(string name, JsonObject? json)
    {
        string Problem(string what) => $"profile '{name}' in {Path} {what}; fix the file or run 'provenance deploy --profile {name}' again";
        if (json is null)
        {
            throw new CliException(Problem("is not an object"));
        }

        try
        {
            var rpc = new Uri((string?)json["rpc"] ?? throw new CliException(Problem("has no rpc")));
            var registry = Address.TryParse((string?)json["registry"], out var address) ? address : throw new CliException(Problem("has no valid registry address"));
            var node = (string?)json["node"] is { } nodeText ? new Uri(nodeText) : null;
            return new Profile(name, rpc, json["chainId"]?.GetValue<ulong>() ?? 0, registry, json["deploymentBlock"]?.GetValue<ulong>() ?? 0, node);
        }
        catch (Exception e) when (e is UriFormatException or FormatException or InvalidOperationException)
        {
            throw new CliException(Problem($"is malformed ({e.Message})"), innerException: e);
        }
    }
}
