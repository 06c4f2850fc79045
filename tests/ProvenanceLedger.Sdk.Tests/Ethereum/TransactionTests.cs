using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.Transactions;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class TransactionTests
{
    [Fact]
    public void Legacy_transaction_matches_the_eip155_example()
    {
        var transaction = new LegacyTransaction
        {
            Nonce = 9,
            GasPrice = 20_000_000_000,
            GasLimit = 21000,
            To = Address.Parse("0x3535353535353535353535353535353535353535"),
            Value = BigInteger.Pow(10, 18),
            ChainId = 1,
        };
        var key = EthereumKey.FromHex("0x4646464646464646464646464646464646464646464646464646464646464646");

        var signed = transaction.Sign(key);

        Assert.Equal("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53", transaction.SigningHash().ToString());
        Assert.Equal("0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83", signed.RawHex);
        Assert.Equal(BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846", CultureInfo.InvariantCulture), new BigInteger(signed.Signature.R, isUnsigned: true, isBigEndian: true));
        Assert.Equal(BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531", CultureInfo.InvariantCulture), new BigInteger(signed.Signature.S, isUnsigned: true, isBigEndian: true));

        var decoded = SignedTransaction.Decode(signed.Raw);
        Assert.Equal(transaction with { Data = ((LegacyTransaction)decoded.Transaction).Data }, decoded.Transaction);
        Assert.Equal(key.Address, decoded.Sender);
    }

    // ethereumjs packages/tx/test/json/eip1559.json (network form: the typed transaction wrapped in an RLP string).
    [Theory]
    [InlineData(819UL, 43203529, 35552UL, 75853, 121212, "0xb87302f870821e8e8203338301284d8301d97c828ae094000000000000000000000000000000000000aaaa8402933bc980c080a0d067f2167008c59219652f91cbf8788dbca5f771f6e91e2b7657e85b78b472e0a01d305af9fe81fdba43f0dfcd400ed24dcace0a7e30d4e85701dcaaf484cd079e")]
    [InlineData(353UL, 61901619, 32593UL, 38850, 136295, "0xb87202f86f821e8e8201618297c283021467827f5194000000000000000000000000000000000000aaaa8403b08b3380c001a004205678f13fc1d7b10feea6513dfa76e24418b6e08097d95c6f93a3b64e536da01d45ad61bfece43862de2cce7d2575a8c1d08c26c87f3cb5f26d7b0be54a91b2")]
    [InlineData(119UL, 65456115, 62341UL, 24721, 107729, "0xb87002f86d821e8e778260918301a4d182f38594000000000000000000000000000000000000aaaa8403e6c7f380c001a0e38e239770801eb995498c821e55ac9c19ae09184bb27b34be105e02fe3b7615a067c64ca6bd6d9107e85fd581ab2e70a14b637eb36505bb40861ef9d6e800cab6")]
    public void Eip1559_transaction_matches_the_ethereumjs_vectors(ulong nonce, long value, ulong gasLimit, long tip, long maxFee, string networkForm)
    {
        var transaction = new Eip1559Transaction
        {
            ChainId = 7822,
            Nonce = nonce,
            MaxPriorityFeePerGas = tip,
            MaxFeePerGas = maxFee,
            GasLimit = gasLimit,
            To = Address.Parse("0x000000000000000000000000000000000000aaaa"),
            Value = value,
        };
        var key = EthereumKey.FromHex("0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63");
        var expectedRaw = new RlpReader(Hex.Decode(networkForm)).ReadBytes().ToArray();

        var signed = transaction.Sign(key);

        Assert.Equal(Hex.Encode(expectedRaw), signed.RawHex);
        var decoded = SignedTransaction.Decode(expectedRaw);
        Assert.Equal(key.Address, decoded.Sender);
        Assert.Equal(signed.Hash, decoded.Hash);
        Assert.Equal(transaction.SigningHash(), decoded.Transaction.SigningHash());
    }

    [Fact]
    public void Decode_rejects_trailing_bytes_unknown_types_and_high_s()
    {
        var key = EthereumKey.FromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        var transaction = new Eip1559Transaction { ChainId = 1, Nonce = 0, MaxPriorityFeePerGas = 1, MaxFeePerGas = 2, GasLimit = 21000 };
        var signed = transaction.Sign(key);

        Assert.Contains("trailing bytes", Assert.Throws<TransactionException>(() => SignedTransaction.Decode([.. signed.Raw, 0x00])).Message);
        Assert.Contains("type 0x05 is not supported", Assert.Throws<TransactionException>(() => SignedTransaction.Decode([0x05, 0xc0])).Message);
        Assert.Equal("raw transaction is empty", Assert.Throws<TransactionException>(() => SignedTransaction.Decode(Array.Empty<byte>())).Message);

        var highS = BouncyCastleSecp256k1.N.Subtract(BouncyCastleSecp256k1.ToInteger(signed.Signature.S)).ToByteArrayUnsigned();
        var flipped = new EthereumSignature(signed.Signature.R, highS, signed.Signature.RecoveryId ^ 1);
        Assert.Contains("high-s", Assert.Throws<TransactionException>(() => SignedTransaction.Decode(transaction.EncodeSigned(flipped))).Message);
    }

    [Fact]
    public async Task Signed_transactions_agree_with_ethers_on_random_fields()
    {
        var random = new Random(Seeded.Seed);
        var cases = new JsonArray();
        var ours = new List<SignedTransaction>();
        for (var i = 0; i < 200; i++)
        {
            var key = EthereumKey.FromPrivateKey(Seeded.PrivateKey(random));
            Address? to = random.Next(5) == 0 ? null : new Address(Seeded.Bytes(random, 20));
            var data = Seeded.Bytes(random, random.Next(3) == 0 ? 0 : random.Next(1, 200));
            var value = new BigInteger(Seeded.Bytes(random, random.Next(0, 32)), isUnsigned: true, isBigEndian: true);
            // ethers keeps nonces as JavaScript numbers, so the random range stops at 2^53.
            var nonce = (ulong)random.NextInt64(0, 1L << 53) >> random.Next(0, 53);
            var gasLimit = (ulong)random.Next(21000, 30_000_000);
            var chainId = (ulong)random.Next(1, 100_000);
            var json = new JsonObject
            {
                ["chainId"] = chainId.ToString(CultureInfo.InvariantCulture),
                ["nonce"] = nonce,
                ["gasLimit"] = gasLimit.ToString(CultureInfo.InvariantCulture),
                ["to"] = to?.ToString(),
                ["value"] = value.ToString(CultureInfo.InvariantCulture),
                ["data"] = Hex.Encode(data),
            };
            UnsignedTransaction transaction;
            if (i % 2 == 0)
            {
                var tip = new BigInteger(Seeded.Bytes(random, random.Next(0, 10)), isUnsigned: true, isBigEndian: true);
                var maxFee = tip + new BigInteger(Seeded.Bytes(random, random.Next(0, 10)), isUnsigned: true, isBigEndian: true);
                var accessList = Enumerable.Range(0, random.Next(0, 3))
                    .Select(_ => new AccessListEntry(new Address(Seeded.Bytes(random, 20)), Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Hash32(Seeded.Bytes(random, 32))).ToList()))
                    .ToList();
                transaction = new Eip1559Transaction { ChainId = chainId, Nonce = nonce, MaxPriorityFeePerGas = tip, MaxFeePerGas = maxFee, GasLimit = gasLimit, To = to, Value = value, Data = data, AccessList = accessList };
                json["type"] = 2;
                json["maxPriorityFeePerGas"] = tip.ToString(CultureInfo.InvariantCulture);
                json["maxFeePerGas"] = maxFee.ToString(CultureInfo.InvariantCulture);
                json["accessList"] = new JsonArray(accessList.Select(e => (JsonNode)new JsonObject
                {
                    ["address"] = e.Address.ToString(),
                    ["storageKeys"] = new JsonArray(e.StorageKeys.Select(k => (JsonNode)JsonValue.Create(k.ToString())!).ToArray()),
                }).ToArray());
            }
            else
            {
                var gasPrice = new BigInteger(Seeded.Bytes(random, random.Next(0, 10)), isUnsigned: true, isBigEndian: true);
                transaction = new LegacyTransaction { Nonce = nonce, GasPrice = gasPrice, GasLimit = gasLimit, To = to, Value = value, Data = data, ChainId = chainId };
                json["type"] = 0;
                json["gasPrice"] = gasPrice.ToString(CultureInfo.InvariantCulture);
            }

            ours.Add(transaction.Sign(key));
            cases.Add(new JsonObject { ["privateKey"] = key.ToHex(), ["tx"] = json });
        }

        var signedByEthers = await EthersOracle.RunAsync("tx", cases);
        var parsedByEthers = await EthersOracle.RunAsync("tx", new JsonArray(ours.Select(s => (JsonNode)new JsonObject { ["raw"] = s.RawHex }).ToArray()));

        for (var i = 0; i < ours.Count; i++)
        {
            Assert.Equal((string)signedByEthers[i]!["raw"]!, ours[i].RawHex);
            Assert.Equal((string)signedByEthers[i]!["hash"]!, ours[i].Hash.ToString());
            Assert.Equal((string)signedByEthers[i]!["unsignedHash"]!, ours[i].Transaction.SigningHash().ToString());
            Assert.Equal((string)parsedByEthers[i]!["from"]!, ours[i].Sender.ToString());
            var decoded = SignedTransaction.Decode(ours[i].Raw);
            Assert.Equal(ours[i].Sender, decoded.Sender);
            Assert.Equal(ours[i].Hash, decoded.Hash);
            Assert.Equal(ours[i].RawHex, Hex.Encode(decoded.Transaction.EncodeSigned(decoded.Signature)));
        }
    }
}
