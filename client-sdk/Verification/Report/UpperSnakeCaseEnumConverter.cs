using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>Writes enum members as UPPER_SNAKE_CASE strings (VALID, INSPECTION_REQUIRED), the report's wire form.</summary>
public sealed class UpperSnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false)
    where TEnum : struct, Enum;
