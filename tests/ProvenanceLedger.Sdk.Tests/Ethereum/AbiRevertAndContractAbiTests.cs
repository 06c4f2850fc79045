using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class AbiRevertAndContractAbiTests
{
    private const string Abi = """
        [
          {"type":"constructor","inputs":[{"name":"owner","type":"address"}],"stateMutability":"nonpayable"},
          {"type":"function","name":"get","inputs":[],"outputs":[{"name":"","type":"uint256"}],"stateMutability":"view"},
          {"type":"function","name":"set","inputs":[{"name":"v","type":"uint256"}],"outputs":[],"stateMutability":"nonpayable"},
          {"type":"function","name":"set","inputs":[{"name":"v","type":"uint256"},{"name":"note","type":"string"}],"outputs":[],"stateMutability":"nonpayable"},
          {"type":"function","name":"put","inputs":[{"name":"items","type":"tuple[]","components":[{"name":"id","type":"bytes32"},{"name":"tags","type":"string[]"}]}],"outputs":[],"stateMutability":"nonpayable"},
          {"type":"event","name":"Stored","inputs":[{"name":"who","type":"address","indexed":true},{"name":"note","type":"string","indexed":true},{"name":"value","type":"uint256","indexed":false}],"anonymous":false},
          {"type":"error","name":"TooLarge","inputs":[{"name":"value","type":"uint256"},{"name":"limit","type":"uint256"}]},
          {"type":"receive","stateMutability":"payable"}
        ]
        """;

    [Fact]
    public void Parses_functions_events_errors_and_constructor_with_lookups()
    {
        var abi = ContractAbi.Parse(Abi);

        Assert.Equal(4, abi.Functions.Count);
        Assert.Equal("address", abi.Constructor.Inputs[0].Type.CanonicalName);
        Assert.True(abi.GetFunction("get").IsReadOnly);
        Assert.Equal("put((bytes32,string[])[])", abi.GetFunction("put").Signature);
        Assert.Equal(new[] { "id", "tags" }, ((AbiTupleType)((AbiDynamicArrayType)abi.GetFunction("put").Inputs[0].Type).Element).Names);
        Assert.Same(abi.GetFunction("set(uint256,string)"), abi.FindFunction(AbiSelector.FromSignature("set(uint256,string)")));
        Assert.Same(abi.GetEvent("Stored"), abi.FindEvent(Keccak256.Hash("Stored(address,string,uint256)"u8)));
        Assert.Same(abi.GetError("TooLarge"), abi.FindError(AbiSelector.FromSignature("TooLarge(uint256,uint256)")));
        var overloaded = Assert.Throws<AbiException>(() => abi.GetFunction("set"));
        Assert.Equal("the function 'set' is overloaded; ask for one of: set(uint256), set(uint256,string)", overloaded.Message);
        Assert.Equal("the ABI has no event 'Missing'", Assert.Throws<AbiException>(() => abi.GetEvent("Missing")).Message);
    }

    [Fact]
    public void Decodes_an_event_log_with_an_indexed_string_as_its_hash()
    {
        var stored = ContractAbi.Parse(Abi).GetEvent("Stored");
        var who = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        Hash32[] topics = [stored.Topic, new Hash32(AbiCodec.EncodeValue(AbiAddressType.Instance, who)), Keccak256.Hash("hello"u8)];

        var decoded = stored.Decode(topics, AbiCodec.EncodeValue(new AbiUIntType(256), 42));

        Assert.Equal(who, decoded["who"]);
        Assert.Equal(Keccak256.Hash("hello"u8), decoded["note"]);
        Assert.Equal(new BigInteger(42), decoded["value"]);
        var wrongCount = Assert.Throws<AbiException>(() => stored.Decode(topics[..2], []));
        Assert.Equal("Stored(address,string,uint256) has 3 topics, the log has 2", wrongCount.Message);
    }

    [Fact]
    public void Decodes_error_string_panic_custom_empty_and_unknown_revert_data()
    {
        var abi = ContractAbi.Parse(Abi);

        var error = RevertDecoder.Decode(RevertDecoder.ErrorString.Encode("not owner"), abi);
        var panic = RevertDecoder.Decode(Hex.Decode("0x4e487b710000000000000000000000000000000000000000000000000000000000000011"), abi);
        var custom = RevertDecoder.Decode(abi.GetError("TooLarge").Encode(7, 5), abi);
        var empty = RevertDecoder.Decode([], abi);
        var unknown = RevertDecoder.Decode(Hex.Decode("0xdeadbeef"), abi);

        Assert.Equal((RevertKind.Error, "not owner", "reverted with reason \"not owner\""), (error.Kind, error.ReasonString, error.Message));
        Assert.Equal((RevertKind.Panic, new BigInteger(0x11), "panicked with code 0x11: arithmetic overflow or underflow"), (panic.Kind, panic.PanicCode, panic.Message));
        Assert.Equal((RevertKind.Custom, "reverted with custom error TooLarge(7, 5)"), (custom.Kind, custom.Message));
        Assert.Equal(RevertKind.Empty, empty.Kind);
        Assert.Equal("reverted with unrecognized data 0xdeadbeef (unknown error selector 0xdeadbeef)", unknown.Message);
    }
}
