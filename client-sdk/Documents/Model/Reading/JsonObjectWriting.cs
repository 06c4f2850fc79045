using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Writes typed values into document JSON; absent optional values are left out, never written as null.</summary>
internal static class JsonObjectWriting
{
    public static JsonObject With(this JsonObject obj, string name, string? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }

        return obj;
    }

    /// <summary>Numbers are written without trailing zeros (12.50 → 12.5), the form RFC 8785 hashes anyway.</summary>
    public static JsonObject With(this JsonObject obj, string name, decimal? value)
    {
        if (value is { } number)
        {
            obj[name] = number / 1.0000000000000000000000000000m;
        }

        return obj;
    }

    public static JsonObject With(this JsonObject obj, string name, int value)
    {
        obj[name] = value;
        return obj;
    }

    public static JsonObject With(this JsonObject obj, string name, bool? value)
    {
        if (value is { } flag)
        {
            obj[name] = flag;
        }

        return obj;
    }

    public static JsonObject With(this JsonObject obj, string name, DateOnly? value) =>
        obj.With(name, value is { } date ? CalendarDate.Format(date) : null);

    public static JsonObject With(this JsonObject obj, string name, JsonNode? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }

        return obj;
    }

    public static JsonArray ToJsonArray<T>(this IEnumerable<T> values, Func<T, JsonNode> write) => [.. values.Select(write)];
}
