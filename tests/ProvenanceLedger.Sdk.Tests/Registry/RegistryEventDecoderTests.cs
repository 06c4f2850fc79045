using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Sdk.Tests.Registry;

public class RegistryEventDecoderTests
{
    private static readonly Address Registry = Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private readonly RegistryEventDecoder _decoder = new();

    [Fact]
    public void Every_event_of_the_registry_ABI_has_a_typed_record()
    {
        var names = RegistryClient.Abi.Events.Select(e => e.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["AccreditationEnded", "AccreditationGranted", "AccreditationReinstated", "AccreditationSuspended", "BatchAnchored", "BatchAnchoredDirect",
             "BatchRevoked", "CustomsAuthorityAdded", "CustomsAuthorityRemoved", "DecisionRecorded", "DocumentRevoked", "EIP712DomainChanged",
             "RoleAdminChanged", "RoleGranted", "RoleRevoked", "Superseded"],
            names);
        // Both anchor logs decode to BatchAnchoredEvent.
        Assert.Equal(names.Count() - 1, typeof(RegistryEvent).Assembly.GetTypes().Count(t => t.IsSealed && t.IsSubclassOf(typeof(RegistryEvent))));
    }

    [Fact]
    public void Only_the_direct_anchor_has_one_topic_and_one_data_word()
    {
        var events = RegistryClient.Abi.Events;

        Assert.Equal(["BatchAnchoredDirect"], events.Where(e => e.Anonymous).Select(e => e.Name));
        // A named event's log has its signature topic plus one per indexed input; its data words are the other inputs.
        Assert.DoesNotContain(events, e => !e.Anonymous && e.Inputs.All(p => !p.Indexed) && e.Inputs.Count(p => !p.Indexed) == 1);
    }

    [Fact]
    public void A_direct_anchor_decodes_under_an_accreditation_the_decoder_read_granted()
    {
        var issuer = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var docType = Keccak256.Hash("certificate-of-origin"u8);
        var root = Keccak256.Hash("root"u8);
        var granted = RegistryClient.Abi.GetEvent("AccreditationGranted");
        var grantData = new byte[7 * 32];
        grantData[31] = 7; // id
        grantData[63] = 1; // validFrom
        grantData[95] = 2; // validUntil
        grantData[127] = 0xa0; // name offset
        grantData[159] = 0xc0; // uri offset (both strings empty)
        _decoder.Decode(LogOf([granted.Topic, new Hash32([.. new byte[12], .. issuer.Bytes.ToArray()]), docType], grantData));

        var decoded = _decoder.Decode(LogOf([root], DirectAnchorWord(issuer, 7, 250)));

        Assert.Equal(new BatchAnchoredEvent(Position, root, issuer, docType, 250, "", issuer), decoded);
        Assert.True(_decoder.IsRegistryEvent(LogOf([root], DirectAnchorWord(issuer, 7, 250))));
    }

    [Fact]
    public void A_direct_anchor_under_an_unknown_accreditation_or_of_another_issuer_is_refused()
    {
        var issuer = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var root = Keccak256.Hash("root"u8);

        var unknown = Assert.Throws<RegistryException>(() => _decoder.Decode(LogOf([root], DirectAnchorWord(issuer, 7, 1))));
        Assert.StartsWith($"batch {root} (log 3 of block 7) names accreditation 7 of registry {Registry}, whose grant this decoder has not read;", unknown.Message, StringComparison.Ordinal);

        _decoder.LearnAccreditation(Registry, 7, Registry, Hash32.Zero);
        var foreign = Assert.Throws<RegistryException>(() => _decoder.Decode(LogOf([root], DirectAnchorWord(issuer, 7, 1))));
        Assert.Contains($"was anchored by {issuer} under accreditation 7, which belongs to {Registry}", foreign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accreditation_ids_are_kept_per_registry()
    {
        var issuer = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var other = Address.Parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
        var root = Keccak256.Hash("root"u8);
        _decoder.LearnAccreditation(Registry, 1, issuer, Keccak256.Hash("certificate-of-origin"u8));

        Assert.Throws<RegistryException>(() => _decoder.Decode(LogOf([root], DirectAnchorWord(issuer, 1, 1)) with { Address = other }));
        _decoder.LearnAccreditation(other, 1, issuer, Keccak256.Hash("commercial-invoice"u8));

        var here = Assert.IsType<BatchAnchoredEvent>(_decoder.Decode(LogOf([root], DirectAnchorWord(issuer, 1, 1))));
        var there = Assert.IsType<BatchAnchoredEvent>(_decoder.Decode(LogOf([root], DirectAnchorWord(issuer, 1, 1)) with { Address = other }));
        Assert.Equal((Keccak256.Hash("certificate-of-origin"u8), Keccak256.Hash("commercial-invoice"u8)), (here.DocType, there.DocType));
    }

    [Fact]
    public void One_word_logs_that_are_no_direct_anchor_are_not_read_as_one()
    {
        var issuer = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var topic = Keccak256.Hash("Paused(address)"u8);
        var address = new byte[32];
        issuer.Bytes.CopyTo(address.AsSpan(12));
        var highBits = DirectAnchorWord(issuer, 1, 1);
        highBits[0] = 1;

        // An address (id 0), or a word with bits above the count set, is some other contract's event: skipped.
        Assert.Null(_decoder.TryDecode(LogOf([topic], address)));
        Assert.Null(_decoder.TryDecode(LogOf([topic], highBits)));
        Assert.False(_decoder.IsRegistryEvent(LogOf([topic], address)));
    }

    [Fact]
    public void A_direct_anchor_whose_root_is_a_grant_topic_is_a_direct_anchor()
    {
        var issuer = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var grantTopic = RegistryClient.Abi.GetEvent("AccreditationGranted").Topic;
        var log = LogOf([grantTopic], DirectAnchorWord(issuer, 1, 1));
        _decoder.LearnAccreditation(Registry, 1, issuer, Hash32.Zero);

        Assert.False(AccreditationLookup.IsGrant(log));
        Assert.Equal(grantTopic, Assert.IsType<BatchAnchoredEvent>(_decoder.Decode(log)).Root);
    }

    [Fact]
    public void Direct_anchor_terms_put_count_and_id_above_the_issuer_bits()
    {
        var issuer = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var word = DirectAnchorWord(issuer, 0x01020304, 0xfffffffe);

        Assert.Equal(new DirectAnchorLog(Hash32.Zero, issuer, 0x01020304, 0xfffffffe), DirectAnchorLog.Read(LogOf([Hash32.Zero], word)));
        Assert.Equal((System.Numerics.BigInteger.One << 192) | (new System.Numerics.BigInteger(2) << 160), DirectAnchorLog.Terms(2, 1));
    }

    private static readonly LogPosition Position = new(Registry, 7, Keccak256.Hash([7]), 3, Keccak256.Hash([3]));

    /// <summary>count &lt;&lt; 192 | id &lt;&lt; 160 | issuer, as the registry logs it, written byte by byte.</summary>
    private static byte[] DirectAnchorWord(Address issuer, uint id, uint count)
    {
        var word = new byte[32];
        word[4] = (byte)(count >> 24); word[5] = (byte)(count >> 16); word[6] = (byte)(count >> 8); word[7] = (byte)count;
        word[8] = (byte)(id >> 24); word[9] = (byte)(id >> 16); word[10] = (byte)(id >> 8); word[11] = (byte)id;
        issuer.Bytes.CopyTo(word.AsSpan(12));
        return word;
    }

    [Fact]
    public void An_event_without_inputs_decodes_with_its_position()
    {
        var log = LogOf([RegistryClient.Abi.GetEvent("EIP712DomainChanged").Topic], []);

        var decoded = _decoder.Decode(log);

        Assert.Equal(new Eip712DomainChangedEvent(new LogPosition(Registry, 7, Keccak256.Hash([7]), 3, Keccak256.Hash([3]))), decoded);
    }

    [Fact]
    public void A_foreign_log_is_skipped_by_TryDecode_and_refused_by_Decode()
    {
        var transfer = Keccak256.Hash("Transfer(address,address,uint256)"u8);
        var log = LogOf([transfer], []);

        Assert.Null(_decoder.TryDecode(log));
        Assert.False(_decoder.IsRegistryEvent(log));
        var refused = Assert.Throws<RegistryException>(() => _decoder.Decode(log));
        Assert.Equal($"log 3 of block 7 (topic {transfer}) is not a registry event; filter logs by the registry's address", refused.Message);
    }

    [Fact]
    public void A_registry_topic_with_a_wrong_layout_is_a_RegistryException()
    {
        var log = LogOf([RegistryClient.Abi.GetEvent("BatchAnchored").Topic], []);

        var refused = Assert.Throws<RegistryException>(() => _decoder.TryDecode(log));

        Assert.StartsWith("log 3 of block 7 has the BatchAnchored topic but does not decode as it (", refused.Message, StringComparison.Ordinal);
    }

    private static Log LogOf(IReadOnlyList<Hash32> topics, byte[] data) =>
        new(Registry, topics, data, 7, Keccak256.Hash([7]), 3, Keccak256.Hash([3]), 0, false);
}
