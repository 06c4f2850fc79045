namespace ProvenanceLedger.Sdk.Documents;

/// <summary>RFC 6901 JSON Pointers as used in problems and leaves ("/body/items/0/hsCode").</summary>
internal static class JsonPointer
{
    public static string Member(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Index(string parent, int index) => parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
