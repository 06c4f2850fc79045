using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// Binds the index to one chain: compares the chain id, genesis hash and registries the RPC serves with the
/// ones stored in the index. A fresh index adopts the chain; a different one is refused (or, when configured,
/// wiped and started afresh). A registry without code means a reset development chain or a wrong address.
/// </summary>
internal sealed class ChainIdentityGuard(EthRpcClient rpc, IReadOnlyList<RegistryIdentity> registries, bool resetOnChange)
{
    /// <summary>Reads the chain's identity.</summary>
    public async Task<ChainIdentity> ReadAsync(CancellationToken cancellationToken)
    {
        var chainId = await rpc.ChainIdAsync(cancellationToken);
        var genesis = await rpc.GetBlockByNumberAsync(BlockParameter.Number(0), cancellationToken)
            ?? throw new InvalidOperationException("the chain has no genesis block");
        var withoutCode = new List<Address>();
        foreach (var registry in registries)
        {
            if ((await rpc.GetCodeAsync(registry.Address, BlockParameter.Latest, cancellationToken)).Length == 0)
            {
                withoutCode.Add(registry.Address);
            }
        }

        return new ChainIdentity(chainId, genesis.Hash, registries, withoutCode);
    }

    /// <summary>
    /// Checks the chain against the index (adopting or resetting it as allowed); returns the problem, or null when
    /// they match. <paramref name="beforeReset"/> runs just before a stale index is wiped, so whatever mirrors the
    /// index (the read model) stops answering from it before the file changes, not after.
    /// </summary>
    public async Task<string?> EnsureAsync(LedgerDatabase database, Action beforeReset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beforeReset);
        var chain = await ReadAsync(cancellationToken);
        var stored = database.Identity.FindById(IdentityRecord.SingletonId);
        var difference = stored is null ? null : Difference(stored, chain);
        if (stored is null || (difference is not null && resetOnChange))
        {
            beforeReset();
            LedgerWriter.Reset(database, Record(chain));
            difference = null;
        }

        if (difference is not null)
        {
            return $"{difference}; start the node with ResetOnChainChange=true or a new DataDirectory to index this chain";
        }

        return chain.RegistriesWithoutCode.Count > 0
            ? $"registry {string.Join(", ", chain.RegistriesWithoutCode)} has no code on chain {chain.ChainId}; check Registries in the configuration (or the chain was reset)"
            : null;
    }

    private static string? Difference(IdentityRecord stored, ChainIdentity chain)
    {
        if ((ulong)stored.ChainId != chain.ChainId)
        {
            return $"the index belongs to chain {stored.ChainId} but the RPC serves chain {chain.ChainId}";
        }

        if (new Hash32(stored.GenesisHash) != chain.GenesisHash)
        {
            return $"the index belongs to a chain with genesis {new Hash32(stored.GenesisHash)} but the RPC serves genesis {chain.GenesisHash} (the chain was reset)";
        }

        var storedRegistries = stored.Registries.Select(r => new RegistryIdentity(new Address(r.Address), (ulong)r.DeploymentBlock)).ToList();
        return storedRegistries.SequenceEqual(chain.Registries)
            ? null
            : $"the index follows registries {string.Join(", ", storedRegistries.Select(r => $"{r.Address}@{r.DeploymentBlock}"))} but the configuration names {string.Join(", ", chain.Registries.Select(r => $"{r.Address}@{r.DeploymentBlock}"))}";
    }

    private static IdentityRecord Record(ChainIdentity chain) => new()
    {
        ChainId = (long)chain.ChainId,
        GenesisHash = chain.GenesisHash.Bytes.ToArray(),
        Registries = [.. chain.Registries.Select(r => new RegistryRecord { Address = r.Address.Bytes.ToArray(), DeploymentBlock = (long)r.DeploymentBlock })],
        CreatedUtc = DateTime.UtcNow,
    };
}
