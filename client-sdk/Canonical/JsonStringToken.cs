using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Canonical;

/// <summary>
/// A string or member name token's text, when it has one. <see cref="Utf8JsonReader"/> reads an escaped lone surrogate
/// ("\ud800") and does not validate the UTF-8 of what it reads, but <see cref="Utf8JsonReader.GetString"/> refuses both
/// with <see cref="InvalidOperationException"/>: the walkers and the canonicaliser ask here, so that in them that exception
/// still means a bug (<see cref="StrictJsonParser"/> still catches it around its own reads).
/// </summary>
internal static class JsonStringToken
{
    /// <summary>The text of the reader's string or member name token; false when it has none (see the class summary).</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
