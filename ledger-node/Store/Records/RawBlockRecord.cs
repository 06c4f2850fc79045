namespace ProvenanceLedger.Node.Store.Records;

/// <summary>
/// A block's registry logs exactly as eth_getLogs returned them, packed into one document (see
/// <see cref="RawLogPacking"/>): one document and one key per block instead of one per log is what lets the
/// writer keep up with a fast node. The audit digest and the event export read these.
/// </summary>
internal sealed class RawBlockRecord
{
    /// <summary>The block number.</summary>
    public long Id { get; set; }

    public byte[] BlockHash { get; set; } = [];

    /// <summary>How many logs <see cref="Logs"/> holds.</summary>
    public int LogCount { get; set; }

    /// <summary>The block's logs in log-index order, packed by <see cref="RawLogPacking"/>.</summary>
    public byte[] Logs { get; set; } = [];
}
