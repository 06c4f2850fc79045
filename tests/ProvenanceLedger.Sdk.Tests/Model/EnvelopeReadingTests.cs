using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Model;

public sealed class EnvelopeReadingTests
{
    public static TheoryData<string, string?, string, string> BrokenEnvelopes => new()
    {
        { "type", null, "/type", "is required but missing" },
        { "type", "Certificate_Of_Origin", "/type", "'Certificate_Of_Origin' is not a document type name; expected kebab-case (lower-case letters and digits joined by single dashes, at most 64 characters) such as certificate-of-origin" },
        { "id", "  ", "/id", "must not be empty" },
        { "issuedAt", "2026-11-22T11:00:00+01:00", "/issuedAt", "'2026-11-22T11:00:00+01:00' is not a UTC time in the form 2026-11-22T10:00:00Z (RFC 3339, upper-case T and Z, no offset, no trailing zeros in a fraction)" },
        { "issuedAt", "2026-11-22T10:00:00.500Z", "/issuedAt", "'2026-11-22T10:00:00.500Z' is not a UTC time in the form 2026-11-22T10:00:00Z (RFC 3339, upper-case T and Z, no offset, no trailing zeros in a fraction)" },
        { "issuedAt", "2026-11-22t10:00:00z", "/issuedAt", "'2026-11-22t10:00:00z' is not a UTC time in the form 2026-11-22T10:00:00Z (RFC 3339, upper-case T and Z, no offset, no trailing zeros in a fraction)" },
        { "parents", null, "/parents", "is required but missing" },
    };

    [Theory]
    [MemberData(nameof(BrokenEnvelopes))]
    public void A_broken_envelope_member_is_reported_with_its_pointer(string member, string? value, string pointer, string message)
    {
        var json = EnvelopeRoundTripTests.Minimal();
        if (value is null)
        {
            json.Remove(member);
        }
        else
        {
            json[member] = value;
        }

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(json));

        Assert.Equal([new ValidationProblem(pointer, message)], error.Problems);
    }

    [Fact]
    public void Every_envelope_problem_is_reported_at_once()
    {
        var json = EnvelopeRoundTripTests.Minimal();
        json["issuer"] = new JsonObject { ["address"] = "0x1234", ["name"] = 7 };
        json["parents"] = new JsonArray(new JsonObject { ["hash"] = "0x" + new string('A', 64), ["relation"] = "derives" });
        json["body"] = new JsonArray();
        json["version"] = 2;

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(json));

        Assert.Equal(
            [
                new ValidationProblem("/issuer/address", "'0x1234' is not an account address; expected 0x followed by 40 hex digits, in one case or with a correct EIP-55 checksum"),
                new ValidationProblem("/issuer/name", "must be a string, not a number"),
                new ValidationProblem("/parents/0/hash", $"'0x{new string('A', 64)}' is not a document hash; expected 0x followed by 64 lower-case hex digits"),
                new ValidationProblem("/parents/0/relation", "'derives' is not allowed; expected one of: derived-from, supersedes, supports"),
                new ValidationProblem("/body", "must be an object, not an array"),
                new ValidationProblem("/version", "is not a member of this object; expected one of: type, id, issuer, issuedAt, parents, body"),
            ],
            error.Problems);
        Assert.Equal(7, error.Message.Split(Environment.NewLine).Length);
        Assert.StartsWith("The document has 6 problems:" + Environment.NewLine + "  /issuer/address: '0x1234'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mixed_case_address_with_a_wrong_checksum_is_refused()
    {
        var json = EnvelopeRoundTripTests.Minimal();
        var checksummed = Address.Parse("0x6460b03b20ac0787d37c900d872d050d407cb08f").ToString();
        var wrong = checksummed[..^1] + (char.IsUpper(checksummed[^1]) ? char.ToLowerInvariant(checksummed[^1]) : char.ToUpperInvariant(checksummed[^1]));
        json["issuer"]!["address"] = wrong;

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(json));

        Assert.Equal(
            new ValidationProblem("/issuer/address", $"'{wrong}' is not an account address; expected 0x followed by 40 hex digits, in one case or with a correct EIP-55 checksum"),
            Assert.Single(error.Problems));
    }

    [Fact]
    public void An_address_is_kept_as_written_and_compared_as_bytes()
    {
        var json = EnvelopeRoundTripTests.Minimal();
        json["issuer"]!["address"] = "0x6460B03B20AC0787D37C900D872D050D407CB08F";

        var document = TradeDocument.FromJson(json);

        Assert.Equal(Address.Parse("0x6460b03b20ac0787d37c900d872d050d407cb08f"), document.Issuer.Address);
        Assert.Equal("0x6460B03B20AC0787D37C900D872D050D407CB08F", document.ToJson()["issuer"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public void Duplicate_member_names_are_refused()
    {
        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.Parse("""{"type":"a","type":"b"}"""));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(string.Empty, problem.Pointer);
        Assert.StartsWith("is not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Contains("type", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_names_the_line()
    {
        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.Parse("{\n  \"type\": certificate\n}"));

        Assert.StartsWith("is not valid JSON at line 2, byte 11", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_array_is_not_a_document()
    {
        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.Parse("[]"));

        Assert.Equal("document: must be a JSON object with type, id, issuer, issuedAt, parents and body", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_redacted_envelope_member_is_named_as_redacted()
    {
        var json = EnvelopeRoundTripTests.Minimal();
        json["id"] = new JsonObject { ["$redacted"] = new JsonArray("0x" + new string('1', 64)) };

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(json));

        Assert.Equal(new ValidationProblem("/id", "is redacted; a typed reading needs the disclosed value"), Assert.Single(error.Problems));
    }
}
