using System.ComponentModel.DataAnnotations;

namespace ProvenanceLedger.Node.Relay;

/// <summary>The anchor relay's settings, bound from the "Relay" section. Without a keystore the relay answers 503.</summary>
public sealed class RelayOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Relay";

    /// <summary>Web3 Secret Storage keystore of the relayer account that pays the gas (never exposed by the API).</summary>
    public string KeystorePath { get; set; } = "";

    /// <summary>A file holding the keystore's password (first line), so it stays out of configuration files.</summary>
    public string PasswordFile { get; set; } = "";

    /// <summary>Batches one issuer may have relayed per <see cref="QuotaWindow"/>; 0 means no limit.</summary>
    [Range(0, 1_000_000)]
    public int BatchesPerIssuer { get; set; } = 100;

    /// <summary>The sliding window of the per-issuer quota.</summary>
    public TimeSpan QuotaWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The least time a signed deadline must still have, so the transaction can be mined before it passes.</summary>
    public TimeSpan MinimumDeadlineMargin { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a relayer keystore is configured.</summary>
    public bool IsConfigured => KeystorePath.Length > 0;
}
