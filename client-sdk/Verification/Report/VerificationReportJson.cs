using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The report's JSON form: camelCase members, enums as UPPER_SNAKE_CASE, hashes and addresses as hex.</summary>
public static class VerificationReportJson
{
    /// <summary>Options that read and write reports (and any type holding Hash32 or Address values).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    /// <summary>The same options, indented.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    /// <summary>Adds the report's converters and naming to <paramref name="options"/> (e.g. ASP.NET Core's).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new Hash32JsonConverter());
        options.Converters.Add(new AddressJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
    }

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(VerificationReport report, bool indented = false) =>
        JsonSerializer.Serialize(report, indented ? IndentedOptions : Options);

    /// <summary>A report read back from JSON text.</summary>
    public static VerificationReport Deserialize(string json) =>
        JsonSerializer.Deserialize<VerificationReport>(json, Options) ?? throw new JsonException("the JSON is null, not a verification report");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        Configure(options);
        options.MakeReadOnly();
        return options;
    }
}
