using System.Numerics;
using BenchmarkDotNet.Attributes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Bench;

/// <summary>ABI encoding of the calls the product makes most: a batch anchor (static words) and a dynamic payload.</summary>
[MemoryDiagnoser]
public class AbiBenchmarks
{
    private readonly AbiFunction _anchor = AbiFunction.FromSignature("anchorBatch(bytes32,bytes32,uint32,uint256,uint256,address)");
    private readonly AbiFunction _mixed = AbiFunction.FromSignature("f(uint256,uint32[],bytes10,bytes)");
    private readonly AbiType[] _proofTypes = [AbiType.Parse("bytes32[]"), AbiType.Parse("string")];
    private readonly byte[] _buffer = new byte[4096];
    private object[] _anchorArguments = [];
    private object[] _mixedArguments = [];
    private object[] _proofValues = [];
    private byte[] _proofEncoded = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1337);
        byte[] Bytes(int n)
        {
            var b = new byte[n];
            random.NextBytes(b);
            return b;
        }

        _anchorArguments = [Bytes(32), Bytes(32), new BigInteger(500), new BigInteger(7), new BigInteger(1_800_000_000), new Address(Bytes(20))];
        _mixedArguments = [new BigInteger(0x123), new object[] { new BigInteger(0x456), new BigInteger(0x789) }, Bytes(10), Bytes(13)];
        _proofValues = [Enumerable.Range(0, 16).Select(_ => (object)Bytes(32)).ToArray(), "certificate-of-origin"];
        _proofEncoded = AbiCodec.Encode(_proofTypes, _proofValues);
    }

    [Benchmark]
    public byte[] EncodeAnchorCall() => _anchor.EncodeCall(_anchorArguments);

    [Benchmark]
    public byte[] EncodeSpecExampleF() => _mixed.EncodeCall(_mixedArguments);

    [Benchmark]
    public int EncodeProofIntoBuffer() => AbiCodec.Encode(_proofTypes, _proofValues, _buffer);

    [Benchmark]
    public object[] DecodeProof() => AbiCodec.Decode(_proofTypes, _proofEncoded);
}
