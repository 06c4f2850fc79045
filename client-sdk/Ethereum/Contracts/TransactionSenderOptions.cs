namespace ProvenanceLedger.Sdk.Ethereum.Contracts;

/// <summary>How <see cref="TransactionSender"/> prices transactions and waits for receipts.</summary>
public sealed record TransactionSenderOptions
{
    /// <summary>Estimated gas is multiplied by this, because state can change between estimate and inclusion.</summary>
    public double GasHeadroom { get; init; } = 1.2;

    /// <summary>maxFeePerGas = BaseFeeMultiplier × latest base fee + priority fee, so a few full blocks do not price the transaction out.</summary>
    public int BaseFeeMultiplier { get; init; } = 2;

    /// <summary>Pause between receipt polls.</summary>
    public TimeSpan ReceiptPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long to wait for a receipt before <see cref="ReceiptTimeoutException"/>.</summary>
    public TimeSpan ReceiptTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
