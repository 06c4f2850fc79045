using System.Numerics;
using BenchmarkDotNet.Attributes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.Transactions;

namespace ProvenanceLedger.Bench;

[MemoryDiagnoser]
public class RlpBenchmarks
{
    // A typical anchoring transaction: a contract call with a 100-byte payload.
    private readonly Eip1559Transaction _transaction = new()
    {
        ChainId = 31337,
        Nonce = 42,
        MaxPriorityFeePerGas = 1_000_000_000,
        MaxFeePerGas = 30_000_000_000,
        GasLimit = 120_000,
        To = Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
        Value = BigInteger.Zero,
        Data = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray(),
    };

    private EthereumSignature _signature;
    private byte[] _raw = [];

    [GlobalSetup]
    public void Setup()
    {
        var signed = _transaction.Sign(EthereumKey.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        _signature = signed.Signature;
        _raw = signed.Raw;
    }

    [Benchmark]
    public byte[] EncodeSignedTransaction() => _transaction.EncodeSigned(_signature);

    [Benchmark]
    public byte[] EncodeList() => RlpEncoder.EncodeList(RlpEncoder.EncodeUInt(42UL), RlpEncoder.EncodeBytes(_raw.AsSpan(0, 32)), RlpEncoder.EncodeBytes(_raw));

    [Benchmark]
    public int DecodeSignedTransactionFields()
    {
        var reader = new RlpReader(_raw.AsSpan(1)).ReadList();
        var count = 0;
        while (reader.HasMore)
        {
            if (reader.NextIsList)
            {
                reader.ReadList();
            }
            else
            {
                reader.ReadBytes();
            }

            count++;
        }

        return count;
    }
}
