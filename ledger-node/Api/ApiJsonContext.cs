using System.Text.Json.Serialization;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Relay;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Source-generated JSON metadata for every request and response of the API (no reflection on the hot path).
/// Hash, address and enum converters come from the options (<see cref="VerificationReportJson.Configure"/>); the
/// generator warns (SYSLIB1225, silenced in the project) that it cannot describe Hash32/Address, which it needs not.
/// </summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, Converters = [typeof(Hash32JsonConverter), typeof(AddressJsonConverter)])]
[JsonSerializable(typeof(IndexStatus))]
[JsonSerializable(typeof(DocumentStatusResponse))]
[JsonSerializable(typeof(DocumentHistoryResponse))]
[JsonSerializable(typeof(BatchView))]
[JsonSerializable(typeof(Page<BatchView>))]
[JsonSerializable(typeof(IssuerView))]
[JsonSerializable(typeof(IReadOnlyList<IssuerView>))]
[JsonSerializable(typeof(Page<DecisionView>))]
[JsonSerializable(typeof(DigestView))]
[JsonSerializable(typeof(AuditLogLine))]
[JsonSerializable(typeof(AnchorRequest))]
[JsonSerializable(typeof(RelayedAnchor))]
[JsonSerializable(typeof(RelayerStatus))]
[JsonSerializable(typeof(VerificationReport))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(VerifyApi.JsonElementBody))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
