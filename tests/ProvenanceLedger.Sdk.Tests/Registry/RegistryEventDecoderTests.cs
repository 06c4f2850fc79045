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
            ["AccreditationEnded", "AccreditationGranted", "AccreditationReinstated", "AccreditationSuspended", "BatchAnchored", "BatchRevoked",
             "CustomsAuthorityAdded", "CustomsAuthorityRemoved", "DecisionRecorded", "DocumentRevoked", "EIP712DomainChanged",
             "RoleAdminChanged", "RoleGranted", "RoleRevoked", "Superseded"],
            names);
        Assert.Equal(names.Count(), typeof(RegistryEvent).Assembly.GetTypes().Count(t => t.IsSealed && t.IsSubclassOf(typeof(RegistryEvent))));
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
