namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>The environment variables the CLI reads; flags win over them, and they win over the profile.</summary>
public static class EnvironmentVariables
{
    /// <summary>Directory of the CLI's files (default ~/.provenance).</summary>
    public const string Home = "PROVENANCE_HOME";

    /// <summary>Path of the profiles file (default $PROVENANCE_HOME/profiles.json).</summary>
    public const string Profiles = "PROVENANCE_PROFILES";

    /// <summary>Name of the profile to use (default "default").</summary>
    public const string Profile = "PROVENANCE_PROFILE";

    /// <summary>Directory of the keystores (default $PROVENANCE_HOME/keys).</summary>
    public const string Keys = "PROVENANCE_KEYS";

    /// <summary>JSON-RPC URL, overriding the profile's.</summary>
    public const string Rpc = "PROVENANCE_RPC";

    /// <summary>Registry address, overriding the profile's.</summary>
    public const string Registry = "PROVENANCE_REGISTRY";

    /// <summary>Ledger node URL, overriding the profile's.</summary>
    public const string Node = "PROVENANCE_NODE";

    /// <summary>The keystore password when neither --password-file nor --password-env is given.</summary>
    public const string Password = "PROVENANCE_PASSWORD";
}
