using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>
/// Makes a decoder ready for logs that do not start at their registry's deployment: the accreditation every direct
/// anchor among them names is learnt from the logs' own grants, else asked of its registry (accreditationKey).
/// </summary>
public static class AccreditationLookup
{
    private static readonly Lazy<Hash32> GrantedTopic = new(() => RegistryClient.Abi.GetEvent("AccreditationGranted").Topic);

    /// <summary>Whether <paramref name="log"/> is an AccreditationGranted log (a direct anchor whose root equals that topic is not).</summary>
    public static bool IsGrant(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return !DirectAnchorLog.Matches(log) && log.Topics.Count > 0 && log.Topics[0] == GrantedTopic.Value;
    }

    /// <summary>Learns, into <paramref name="decoder"/>, every accreditation the direct anchors among <paramref name="logs"/> name.</summary>
    /// <exception cref="RegistryException">A registry has no accreditation under an id one of its logs names.</exception>
    public static async Task LearnAccreditationsAsync(this RegistryEventDecoder decoder, EthRpcClient rpc, IReadOnlyList<Log> logs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(rpc);
        ArgumentNullException.ThrowIfNull(logs);
        foreach (var grant in logs.Where(IsGrant))
        {
            decoder.TryDecode(grant);
        }

        foreach (var log in logs.Where(DirectAnchorLog.Matches))
        {
            var id = DirectAnchorLog.Read(log).AccreditationId;
            if (decoder.KnowsAccreditation(log.Address, id))
            {
                continue;
            }

            var key = await new RegistryClient(rpc, log.Address).GetAccreditationKeyAsync(id, default, cancellationToken)
                ?? throw new RegistryException(
                    $"registry {log.Address} has no accreditation {id}, which log {log.LogIndex} of block {log.BlockNumber} names; is {log.Address} a ProvenanceRegistry 2.x on this chain?");
            decoder.LearnAccreditation(log.Address, id, key.Issuer, key.DocType);
        }
    }
}
