using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Bench;

[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly EthereumKey _key = EthereumKey.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private readonly byte[][] _digests = Enumerable.Range(0, 64).Select(i => Keccak256.Hash([(byte)i]).Bytes.ToArray()).ToArray();
    private EthereumSignature[] _signatures = [];
    private int _next;

    // The baseline the targets are stated against: BouncyCastle's plain ECDSA with an RFC 6979 k.
    private readonly ECDsaSigner _bouncyCastle = new(new HMacDsaKCalculator(new Sha256Digest()));
    private ECDomainParameters? _domain;

    [GlobalSetup]
    public void Setup()
    {
        _signatures = _digests.Select(d => _key.Sign(d)).ToArray();
        var curve = CustomNamedCurves.GetByName("secp256k1");
        _domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        _bouncyCastle.Init(true, new ECPrivateKeyParameters(new Org.BouncyCastle.Math.BigInteger(1, _key.PrivateKey), _domain));
    }

    [Benchmark(Baseline = true)]
    public Org.BouncyCastle.Math.BigInteger[] BouncyCastlePlainSign() => _bouncyCastle.GenerateSignature(_digests[_next++ & 63]);

    /// <summary>The SDK's former recovery: BouncyCastle's GLV SumOfTwoMultiplies (r⁻¹ included, no address).</summary>
    [Benchmark]
    public ECPoint BouncyCastleRecoverPoint()
    {
        var i = _next++ & 63;
        var signature = _signatures[i];
        var domain = _domain!;
        var r = new Org.BouncyCastle.Math.BigInteger(1, signature.R);
        var bigR = domain.Curve.DecodePoint([(byte)(0x02 | signature.RecoveryId), .. signature.R]);
        var rInverse = Org.BouncyCastle.Utilities.BigIntegers.ModOddInverse(domain.N, r);
        var u1 = domain.N.Subtract(new Org.BouncyCastle.Math.BigInteger(1, _digests[i])).Multiply(rInverse).Mod(domain.N);
        var u2 = new Org.BouncyCastle.Math.BigInteger(1, signature.S).Multiply(rInverse).Mod(domain.N);
        return ECAlgorithms.SumOfTwoMultiplies(domain.G, u1, bigR, u2).Normalize();
    }

    [Benchmark]
    public EthereumSignature Sign() => _key.Sign(_digests[_next++ & 63]);

    [Benchmark]
    public Address Recover()
    {
        var i = _next++ & 63;
        return EcRecover.Recover(_digests[i], _signatures[i]);
    }
}
