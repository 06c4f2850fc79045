using System.ComponentModel.DataAnnotations;

namespace ProvenanceLedger.Node.Configuration;

/// <summary>The ledger node's settings, bound from the "Ledger" section (appsettings, environment variables as Ledger__RpcUrl, command line as --Ledger:RpcUrl).</summary>
public sealed class LedgerNodeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Ledger";

    /// <summary>The default of <see cref="CatchUpLogsPerTransaction"/>: measured in bench/README.md (ledger node ingest).</summary>
    public const int DefaultCatchUpLogsPerTransaction = 20_000;

    /// <summary>The chain's JSON-RPC endpoint.</summary>
    [Required]
    public Uri RpcUrl { get; set; } = new("http://127.0.0.1:8545/");

    /// <summary>The registry contracts to follow (at least one to index anything).</summary>
    public List<RegistryOptions> Registries { get; set; } = [];

    /// <summary>
    /// Blocks to stay behind the head before indexing a block. 12 is safe on proof-of-stake Ethereum and L2s in
    /// practice (reorgs deeper than a few blocks are rare); 0 on a development chain.
    /// </summary>
    [Range(0, 10_000)]
    public int Confirmations { get; set; } = 12;

    /// <summary>How long to wait for new blocks once caught up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between retries while the chain is unreachable.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the index file lives.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Key for administrative calls (replay, relay); empty disables them.</summary>
    public string AdminKey { get; set; } = "";

    /// <summary>When the RPC serves another chain than the index belongs to: true wipes the index and starts afresh, false refuses to serve it.</summary>
    public bool ResetOnChainChange { get; set; }

    /// <summary>The block range of the first eth_getLogs call; ranges then grow while sparse and halve when the node refuses.</summary>
    [Range(1, 1_000_000)]
    public int InitialRange { get; set; } = 2_000;

    /// <summary>The largest eth_getLogs block range.</summary>
    [Range(1, 10_000_000)]
    public int MaxRange { get; set; } = 100_000;

    /// <summary>A range is grown while it returns fewer logs than this.</summary>
    [Range(1, 1_000_000)]
    public int TargetLogsPerRange { get; set; } = 5_000;

    /// <summary>
    /// While catching up, the ranges after the first are joined into one write transaction until it holds this many
    /// logs (one commit and checkpoint instead of one per range); 0 writes every range on its own.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CatchUpLogsPerTransaction { get; set; } = DefaultCatchUpLogsPerTransaction;

    /// <summary>Extra recent blocks whose hashes are kept beyond the confirmations, to find a reorg's common ancestor.</summary>
    [Range(1, 100_000)]
    public int ReorgMargin { get; set; } = 64;

    /// <summary>Ready means the indexed block is at most this many blocks behind head minus confirmations.</summary>
    [Range(0, 1_000_000)]
    public int ReadyLag { get; set; } = 5;
}
