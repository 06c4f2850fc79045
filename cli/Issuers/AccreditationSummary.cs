using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary>One (issuer, document type) accreditation as the registry holds it now, named by its latest grant.</summary>
internal sealed record AccreditationSummary(Address Issuer, Hash32 DocType, string Name, AccreditationRecord Record)
{
    public IReadOnlyList<string> Row() =>
    [
        Issuer.ToString(), ValueParsers.TypeName(DocType), Name, Record.Status.ToString(),
        Record.ValidFrom.ToString("yyyy-MM-dd HH:mm:ss'Z'"), Record.ValidUntil.ToString("yyyy-MM-dd HH:mm:ss'Z'"),
    ];

    public static readonly IReadOnlyList<string> Headers = ["issuer", "type", "name", "status", "valid from", "valid until"];

    public static readonly IReadOnlyList<string> Keys = ["issuer", "type", "name", "status", "validFrom", "validUntil"];

    /// <summary>Every accreditation granted since the deployment block, optionally of one issuer, in first-grant order.</summary>
    public static async Task<IReadOnlyList<AccreditationSummary>> LoadAsync(RegistryClient registry, ulong fromBlock, Address? issuer, CancellationToken cancellationToken)
    {
        var grants = await registry.GetEventsAsync<AccreditationGrantedEvent>(
            "AccreditationGranted", BlockParameter.Number(fromBlock), BlockParameter.Latest, cancellationToken, issuer is { } only ? only : null);
        var summaries = new List<AccreditationSummary>();
        foreach (var group in grants.GroupBy(g => (g.Issuer, g.DocType)))
        {
            var record = await registry.GetAccreditationAsync(group.Key.Issuer, group.Key.DocType, default, cancellationToken);
            summaries.Add(new AccreditationSummary(group.Key.Issuer, group.Key.DocType, group.Last().Name, record));
        }

        return summaries;
    }
}
