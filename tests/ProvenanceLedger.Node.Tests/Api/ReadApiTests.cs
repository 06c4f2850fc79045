using System.Net;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ReadApiTests(ApiNodeFixture node) : IDisposable
{
    private readonly HttpClient _client = node.Factory.CreateClient();
    private ApiLedgerScenario S => node.Scenario;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Status_names_the_chain_registry_and_indexed_block()
    {
        var status = await _client.GetJsonAsync("/api/v1/status");

        Assert.Equal(31337UL, status["chainId"]!.GetValue<ulong>());
        Assert.Equal(S.Registry.Governance.Address.ToString(), status["registries"]![0]!["address"]!.GetValue<string>());
        Assert.True(status["indexedBlock"]!.GetValue<ulong>() >= S.LastBlock);
        Assert.Equal(0UL, status["confirmations"]!.GetValue<ulong>());
    }

    [Fact]
    public async Task Document_in_an_anchored_batch_with_its_proof_is_anchored_with_its_decisions()
    {
        var doc = await _client.GetJsonAsync(DocumentPath(S.A.Documents[0], S.A.Root, S.A.ProofOf(0)));

        Assert.Equal("ANCHORED", doc["state"]!.GetValue<string>());
        Assert.True(doc["inclusion"]!["proofValid"]!.GetValue<bool>());
        Assert.Equal(S.Registry.IssuerKey.Address.ToString(), doc["inclusion"]!["batch"]!["issuer"]!.GetValue<string>());
        Assert.Equal(S.A.Anchoring.Receipt.BlockNumber, doc["inclusion"]!["batch"]!["anchored"]!["blockNumber"]!.GetValue<ulong>());
        var decisions = doc["ledger"]!["decisions"]!.AsArray();
        Assert.Equal(["RELEASED", "INSPECTION_REQUIRED"], decisions.Select(d => d!["decision"]!.GetValue<string>()));
        Assert.Equal(["DE-2026-0001", "DE-2026-0003"], decisions.Select(d => d!["declarationRef"]!.GetValue<string>()));
        Assert.All(decisions, d => Assert.Equal("DE", d!["country"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Revoked_document_and_document_of_a_revoked_batch_are_revoked()
    {
        var revoked = await _client.GetJsonAsync(DocumentPath(S.A.Documents[1], S.A.Root, S.A.ProofOf(1)));
        var inRevokedBatch = await _client.GetJsonAsync(DocumentPath(S.C.Documents[1], S.C.Root, S.C.ProofOf(1)));

        Assert.Equal("REVOKED", revoked["state"]!.GetValue<string>());
        Assert.Equal("ISSUED_IN_ERROR", revoked["ledger"]!["revocation"]!["reason"]!.GetValue<string>());
        Assert.Equal("REVOKED", inRevokedBatch["state"]!.GetValue<string>());
        Assert.Equal("FRAUD", inRevokedBatch["ledger"]!["batchRevocations"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Superseded_document_names_its_successor_and_the_successor_names_it()
    {
        var old = await _client.GetJsonAsync(DocumentPath(S.A.Documents[2], S.A.Root, S.A.ProofOf(2)));
        var successor = await _client.GetJsonAsync($"/api/v1/documents/{S.B.Documents[0]}");

        Assert.Equal("SUPERSEDED", old["state"]!.GetValue<string>());
        Assert.Equal(S.B.Documents[0].ToString(), old["ledger"]!["supersededBy"]!["newHash"]!.GetValue<string>());
        Assert.Equal("KNOWN", successor["state"]!.GetValue<string>());
        Assert.Equal(S.A.Documents[2].ToString(), successor["ledger"]!["supersedes"]![0]!["oldHash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Proof_of_another_document_is_a_mismatch_and_an_unanchored_root_is_not_anchored()
    {
        var mismatch = await _client.GetJsonAsync(DocumentPath(S.A.Documents[4], S.A.Root, S.A.ProofOf(0)));
        var notAnchored = await _client.GetJsonAsync($"/api/v1/documents/{S.Unknown}?root={S.Unknown}");

        Assert.Equal("PROOF_MISMATCH", mismatch["state"]!.GetValue<string>());
        Assert.False(mismatch["inclusion"]!["proofValid"]!.GetValue<bool>());
        Assert.Equal("NOT_ANCHORED", notAnchored["state"]!.GetValue<string>());
        Assert.Null(notAnchored["inclusion"]!["batch"]);
    }

    [Fact]
    public async Task Document_as_of_a_block_before_its_revocation_is_anchored()
    {
        var before = S.RevokeA1.Receipt.BlockNumber - 1;

        var doc = await _client.GetJsonAsync(DocumentPath(S.A.Documents[1], S.A.Root, S.A.ProofOf(1)) + $"&asOf={before}");

        Assert.Equal("ANCHORED", doc["state"]!.GetValue<string>());
        Assert.Equal(before, doc["ledger"]!["asOf"]!["blockNumber"]!.GetValue<ulong>());
    }

    [Fact]
    public async Task History_lists_every_event_of_a_document_in_chain_order()
    {
        var history = await _client.GetJsonAsync($"/api/v1/documents/{S.A.Documents[0]}/history?root={S.A.Root}");

        var events = history["events"]!.AsArray();
        Assert.Equal(["BatchAnchored", "DecisionRecorded", "DecisionRecorded"], events.Select(e => e!["event"]!.GetValue<string>()));
        Assert.Equal(S.A.Anchoring.Receipt.BlockNumber, events[0]!["at"]!["blockNumber"]!.GetValue<ulong>());
        Assert.Equal(S.Decisions[0].Receipt.TransactionHash.ToString(), events[1]!["at"]!["transactionHash"]!.GetValue<string>());
        Assert.Equal(S.Decisions[2].Receipt.TransactionHash.ToString(), events[2]!["at"]!["transactionHash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_hash_is_404_and_bad_hex_is_400_as_problems()
    {
        var unknown = await _client.GetProblemAsync($"/api/v1/documents/{S.Unknown}", HttpStatusCode.NotFound);
        var unknownHistory = await _client.GetProblemAsync($"/api/v1/documents/{S.Unknown}/history", HttpStatusCode.NotFound);
        var badHex = await _client.GetProblemAsync("/api/v1/documents/0x12zz", HttpStatusCode.BadRequest);
        var badProof = await _client.GetProblemAsync($"/api/v1/documents/{S.A.Documents[0]}?root={S.A.Root}&proof=0x01", HttpStatusCode.BadRequest);
        var badAsOf = await _client.GetProblemAsync($"/api/v1/documents/{S.A.Documents[0]}?asOf=yesterday", HttpStatusCode.BadRequest);

        Assert.Equal("Unknown document", unknown["title"]!.GetValue<string>());
        Assert.Equal("Unknown document", unknownHistory["title"]!.GetValue<string>());
        Assert.Equal("Malformed hash", badHex["title"]!.GetValue<string>());
        Assert.Contains("'hash'", badHex["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("'proof[0]'", badProof["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Malformed asOf", badAsOf["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Batch_by_root_lists_issuer_count_uri_relayer_and_revocation()
    {
        var a = await _client.GetJsonAsync($"/api/v1/batches/{S.A.Root}");
        var c = await _client.GetJsonAsync($"/api/v1/batches/{S.C.Root}");
        var d = await _client.GetJsonAsync($"/api/v1/batches/{S.D.Root}");
        var list = await _client.GetJsonAsync($"/api/v1/batches?issuer={S.Registry.IssuerKey.Address}&limit=2");

        Assert.Equal(5U, a["count"]!.GetValue<uint>());
        Assert.Equal("", a["uri"]!.GetValue<string>()); // a direct anchor logs no URI
        Assert.Equal(S.Registry.IssuerKey.Address.ToString(), a["relayer"]!.GetValue<string>()); // and the issuer sent it
        Assert.Equal(
            (S.Registry.IssuerKey.Address.ToString(), 2U, ApiLedgerScenario.RelayedBatchUri, S.Registry.RelayerKey.Address.ToString()),
            (d["issuer"]!.GetValue<string>(), d["count"]!.GetValue<uint>(), d["uri"]!.GetValue<string>(), d["relayer"]!.GetValue<string>()));
        Assert.Equal(ApiLedgerScenario.CertificateType.ToString(), a["docType"]!.GetValue<string>());
        Assert.Null(a["revocation"]);
        Assert.Equal("FRAUD", c["revocation"]!["reason"]!.GetValue<string>());
        Assert.Equal([S.A.Root.ToString(), S.B.Root.ToString()], list["items"]!.AsArray().Select(b => b!["root"]!.GetValue<string>()));
        Assert.NotNull(list["nextCursor"]);
        await _client.GetProblemAsync($"/api/v1/batches/{S.Unknown}", HttpStatusCode.NotFound);
        await _client.GetProblemAsync("/api/v1/batches/0x1234", HttpStatusCode.BadRequest);
        await _client.GetProblemAsync("/api/v1/batches?limit=5000", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Issuers_list_and_detail_show_the_accreditation_and_its_history()
    {
        var issuers = await _client.GetJsonAsync("/api/v1/issuers");
        var issuer = await _client.GetJsonAsync($"/api/v1/issuers/{S.Registry.IssuerKey.Address.ToString().ToLowerInvariant()}");

        Assert.Equal([S.Registry.IssuerKey.Address.ToString()], issuers.AsArray().Select(i => i!["issuer"]!.GetValue<string>()));
        var accreditation = issuer["accreditations"]![0]!;
        Assert.Equal(ApiLedgerScenario.IssuerName, accreditation["name"]!.GetValue<string>());
        Assert.Equal(ApiLedgerScenario.IssuerUri, accreditation["uri"]!.GetValue<string>());
        Assert.Equal("ACTIVE", accreditation["status"]!.GetValue<string>());
        Assert.Equal(["GRANTED"], accreditation["history"]!.AsArray().Select(h => h!["change"]!.GetValue<string>()));
        await _client.GetProblemAsync($"/api/v1/issuers/{S.Registry.OtherKey.Address}", HttpStatusCode.NotFound);
        var badChecksum = await _client.GetProblemAsync("/api/v1/issuers/0x70997970c51812dc3A010C7d01b50e0d17dc79C8", HttpStatusCode.BadRequest);
        Assert.Equal("Malformed address", badChecksum["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Decisions_filter_by_document_authority_decision_and_page()
    {
        var all = await _client.GetJsonAsync("/api/v1/decisions");
        var ofA0 = await _client.GetJsonAsync($"/api/v1/decisions?document={S.A.Documents[0]}");
        var held = await _client.GetJsonAsync($"/api/v1/decisions?decision=HELD&authority={S.Registry.CustomsKey.Address}&country=de");
        var first = await _client.GetJsonAsync("/api/v1/decisions?limit=2");
        var second = await _client.GetJsonAsync($"/api/v1/decisions?limit=2&cursor={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}");
        var upToFirst = await _client.GetJsonAsync($"/api/v1/decisions?to={S.Decisions[0].Receipt.BlockNumber}");

        Assert.Equal(["DE-2026-0001", "DE-2026-0002", "DE-2026-0003"], Refs(all));
        Assert.Equal(["DE-2026-0001", "DE-2026-0003"], Refs(ofA0));
        Assert.Equal(["DE-2026-0002"], Refs(held));
        Assert.Equal(["DE-2026-0001", "DE-2026-0002"], Refs(first));
        Assert.Equal(["DE-2026-0003"], Refs(second));
        Assert.Null(second["nextCursor"]);
        Assert.Equal(["DE-2026-0001"], Refs(upToFirst));
        await _client.GetProblemAsync("/api/v1/decisions?decision=MAYBE", HttpStatusCode.BadRequest);
        await _client.GetProblemAsync("/api/v1/decisions?country=DEU", HttpStatusCode.BadRequest);
        await _client.GetProblemAsync("/api/v1/decisions?from=-1", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Audit_digest_equals_the_fold_of_the_registrys_logs_from_eth_getLogs()
    {
        var logs = await S.Registry.Rpc.GetLogsAsync(new LogFilter { Addresses = [S.Registry.Governance.Address], FromBlock = 0UL, ToBlock = S.LastBlock }, CancellationToken.None);
        var expected = logs.Aggregate(AuditDigest.Initial, AuditDigest.Next);

        var digest = await _client.GetJsonAsync($"/api/v1/audit/digest?block={S.LastBlock}");

        Assert.Equal(expected.ToString(), digest["digest"]!.GetValue<string>());
        Assert.Equal(logs.Count, digest["logCount"]!.GetValue<long>());
        await _client.GetProblemAsync("/api/v1/audit/digest?block=0x10", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Audit_events_stream_every_registry_log_as_ndjson()
    {
        var logs = await S.Registry.Rpc.GetLogsAsync(new LogFilter { Addresses = [S.Registry.Governance.Address], FromBlock = 0UL, ToBlock = S.LastBlock }, CancellationToken.None);

        using var response = await _client.GetAsync(new Uri($"/api/v1/audit/events?fromBlock=0&toBlock={S.LastBlock}", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(logs.Select(l => (l.BlockNumber, l.LogIndex, Hex.Encode(l.Data))), lines.Select(l => (l["blockNumber"]!.GetValue<ulong>(), l["logIndex"]!.GetValue<ulong>(), l["data"]!.GetValue<string>())));
        Assert.Equal(logs[0].Topics.Select(t => t.ToString()), lines[0]["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
        await _client.GetProblemAsync("/api/v1/audit/events?fromBlock=9&toBlock=3", HttpStatusCode.BadRequest);
    }

    private static string DocumentPath(Hash32 hash, Hash32 root, IReadOnlyList<Hash32> proof) =>
        $"/api/v1/documents/{hash}?root={root}&proof={string.Join(',', proof)}";

    private static IEnumerable<string> Refs(JsonNode page) => page["items"]!.AsArray().Select(d => d!["declarationRef"]!.GetValue<string>());
}
