using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Tests.Proofs;

public class ProofBundleReaderTests
{
    private static JsonObject Golden() => StrictJsonParser.ParseObject(File.ReadAllBytes(GoldenBundleInputs.GoldenPath));

    private static BundleFormatException ReadFails(JsonObject bundle) =>
        Assert.Throws<BundleFormatException>(() => ProofBundleReader.Read(Encoding.UTF8.GetBytes(bundle.ToJsonString())));

    [Fact]
    public void A_read_bundle_deconstructs_into_its_parts_in_order()
    {
        var bundle = ProofBundleReader.Read(File.ReadAllBytes(GoldenBundleInputs.GoldenPath));

        var (document, salts, documentHash, batch, anchor, signatures) = bundle;

        Assert.Same(bundle.Document, document);
        Assert.Same(bundle.Salts, salts);
        Assert.Equal(bundle.DocumentHash, documentHash);
        Assert.Same(bundle.Batch, batch);
        Assert.Same(bundle.Anchor, anchor);
        Assert.Same(bundle.Signatures, signatures);
    }

    [Fact]
    public void Read_rejects_an_unknown_major_version()
    {
        var bundle = Golden();
        bundle["format"] = "provenance-bundle/2";

        var error = ReadFails(bundle);

        Assert.Equal("/format", error.Member);
        Assert.Equal(
            "member '/format' is 'provenance-bundle/2': this reader supports provenance-bundle/1; use a reader for major version 2",
            error.Message);
    }

    [Theory]
    [InlineData("provenance-bundle/x", "member '/format' is 'provenance-bundle/x', which is not a proof bundle format; expected 'provenance-bundle/1'")]
    [InlineData("other/1", "member '/format' is 'other/1', which is not a proof bundle format; expected 'provenance-bundle/1'")]
    [InlineData("provenance-bundle/1.", "member '/format' is 'provenance-bundle/1.', whose minor version is not a number")]
    public void Read_rejects_a_format_that_is_not_a_bundle_version(string format, string message)
    {
        var bundle = Golden();
        bundle["format"] = format;

        Assert.Equal(message, ReadFails(bundle).Message);
    }

    [Fact]
    public void Read_accepts_a_later_minor_version_and_ignores_its_new_members()
    {
        var bundle = Golden();
        bundle["format"] = "provenance-bundle/1.3";
        bundle["futureMember"] = 1;

        var read = ProofBundleReader.Read(Encoding.UTF8.GetBytes(bundle.ToJsonString()));

        Assert.Equal(6, read.Batch.Size);
    }

    [Fact]
    public void Read_rejects_members_format_1_does_not_define()
    {
        var bundle = Golden();
        bundle["anchor"]!["note"] = "x";

        var error = ReadFails(bundle);

        Assert.Equal("member '/anchor/note' is not part of provenance-bundle/1; remove it", error.Message);
    }

    [Theory]
    [InlineData("", "document", "member '/document' is missing")]
    [InlineData("", "salts", "member '/salts' is missing")]
    [InlineData("", "documentHash", "member '/documentHash' is missing")]
    [InlineData("", "signatures", "member '/signatures' is missing")]
    [InlineData("batch", "root", "member '/batch/root' is missing")]
    [InlineData("anchor", "blockNumber", "member '/anchor/blockNumber' is missing")]
    public void Read_names_a_missing_member(string parent, string name, string message)
    {
        var bundle = Golden();
        (parent.Length == 0 ? bundle : bundle[parent]!.AsObject()).Remove(name);

        Assert.Equal(message, ReadFails(bundle).Message);
    }

    [Theory]
    [InlineData("/document", "[]", "member '/document' must be an object")]
    [InlineData("/documentHash", "\"0x12\"", "member '/documentHash' is '0x12'; expected 0x-prefixed lower-case hex of 32 bytes")]
    [InlineData("/documentHash", "\"0x528EAF4735CB44CAD05961A101EB8D5C844E7B8DCE1D570CC5192CFDE7355AC9\"", "member '/documentHash' is '0x528EAF4735CB44CAD05961A101EB8D5C844E7B8DCE1D570CC5192CFDE7355AC9'; expected 0x-prefixed lower-case hex of 32 bytes")]
    [InlineData("/batch/size", "0", "member '/batch/size' is 0; a batch holds 1 to 2147483647 documents")]
    [InlineData("/batch/size", "1.5", "member '/batch/size' must be a non-negative integer")]
    [InlineData("/batch/proof/0", "\"0xzz\"", "member '/batch/proof/0' is '0xzz'; expected 0x-prefixed lower-case hex of 32 bytes")]
    [InlineData("/anchor/chainId", "-1", "member '/anchor/chainId' must be a non-negative integer")]
    [InlineData("/anchor/chainId", "\"31337\"", "member '/anchor/chainId' must be a non-negative integer")]
    [InlineData("/anchor/blockTime", "\"2026-11-22T10:00:05+01:00\"", "member '/anchor/blockTime' is '2026-11-22T10:00:05+01:00'; expected an RFC 3339 UTC time such as 2026-11-22T10:00:05Z")]
    [InlineData("/anchor/registry", "\"0x5FbDB2315678afecb367f032d93F642f64180aA3\"", "member '/anchor/registry': '0x5FbDB2315678afecb367f032d93F642f64180aA3' has a wrong EIP-55 checksum (expected 0x5FbDB2315678afecb367f032d93F642f64180aa3); check the address or write it in one case")]
    [InlineData("/signatures/0/signature", "\"0x1b\"", "member '/signatures/0/signature' is 1 bytes; an eip712 signature is 65 bytes (r, s, v)")]
    [InlineData("/signatures/0/role", "\"\"", "member '/signatures/0/role' must be a non-empty string")]
    [InlineData("/salts/~1type", "\"0x00\"", "member '/salts/~1type' is '0x00'; expected 0x-prefixed lower-case hex of 32 bytes")]
    [InlineData("/salts/~1type", "{}", "member '/salts/~1type' must be 0x-prefixed lower-case hex of 32 bytes")]
    [InlineData("/salts/~1type", "[1]", "member '/salts/~1type' must be 0x-prefixed lower-case hex of 32 bytes")]
    [InlineData("/signatures/0", "1", "member '/signatures/0' must be an object")]
    public void Read_names_a_malformed_member_and_what_is_wrong(string pointer, string json, string message)
    {
        var bundle = Golden();
        var tokens = JsonPointer.Parse(pointer);
        JsonNode parent = bundle;
        foreach (var token in tokens.SkipLast(1))
        {
            parent = parent is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : parent[token]!;
        }

        var value = JsonNode.Parse(json);
        if (parent is JsonArray target)
        {
            target[int.Parse(tokens[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[tokens[^1]] = value;
        }

        var error = ReadFails(bundle);

        Assert.Equal(message, error.Message);
        Assert.Equal(pointer, error.Member);
    }

    [Theory]
    [InlineData("0x5fbdb2315678afecb367f032d93f642f64180aa3")]
    [InlineData("0x5FBDB2315678AFECB367F032D93F642F64180AA3")]
    public void Read_accepts_an_address_in_one_case(string registry)
    {
        var bundle = Golden();
        bundle["anchor"]!["registry"] = registry;

        var read = ProofBundleReader.Read(Encoding.UTF8.GetBytes(bundle.ToJsonString()));

        Assert.Equal("0x5FbDB2315678afecb367f032d93F642f64180aa3", read.Anchor.Registry.ToString());
    }

    [Theory]
    [InlineData("""{"format":"provenance-bundle/1","format":"provenance-bundle/1"}""", "/format", "the bundle is not valid JSON: duplicate member name at '/format'; each name may appear once per object")]
    [InlineData("[]", "", "a proof bundle must be a JSON object")]
    public void Read_rejects_text_that_is_not_a_strict_json_object(string text, string member, string message)
    {
        var error = Assert.Throws<BundleFormatException>(() => ProofBundleReader.Read(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(member, error.Member);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_rejects_truncated_json()
    {
        var text = File.ReadAllBytes(GoldenBundleInputs.GoldenPath)[..200];

        var error = Assert.Throws<BundleFormatException>(() => ProofBundleReader.Read(text));

        Assert.StartsWith("the bundle is not valid JSON: invalid JSON at line", error.Message);
    }
}
