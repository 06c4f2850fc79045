using Microsoft.Extensions.Options;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Keystore;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Relay;

/// <summary>
/// The relayer's sending account, decrypted from its keystore on first use (scrypt takes a while, and a node
/// that never relays should not pay for it). The key never leaves this object's sender.
/// </summary>
internal sealed class RelayerAccount(EthRpcClient rpc, IOptions<RelayOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _load = new(1, 1);
    private TransactionSender? _sender;

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<TransactionSender> SenderAsync(CancellationToken cancellationToken)
    {
        if (_sender is { } ready)
        {
            return ready;
        }

        var relay = options.Value;
        if (!relay.IsConfigured)
        {
            throw new RelayException("Relay not configured", "This node has no relayer keystore (Relay:KeystorePath); anchor directly or use another node's relay.", StatusCodes.Status503ServiceUnavailable);
        }

        await _load.WaitAsync(cancellationToken);
        try
        {
            if (_sender is null)
            {
                var password = relay.PasswordFile.Length == 0 ? "" : (await File.ReadAllLinesAsync(relay.PasswordFile, cancellationToken)).FirstOrDefault() ?? "";
                var key = await Web3Keystore.ReadFileAsync(relay.KeystorePath, password, cancellationToken);
                _sender = new TransactionSender(rpc, key);
            }

            return _sender;
        }
        catch (Exception e) when (e is KeystoreException or IOException or UnauthorizedAccessException)
        {
            throw new RelayException("Relayer key unavailable", $"The relayer keystore could not be opened ({e.Message}); the operator must fix Relay:KeystorePath/PasswordFile.", StatusCodes.Status503ServiceUnavailable, e);
        }
        finally
        {
            _load.Release();
        }
    }

    public void Dispose() => _load.Dispose();
}
