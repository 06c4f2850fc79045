using System.Globalization;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Redacts values of a salted document: each named value (a scalar, or a whole object or array) is replaced
/// in place by a marker holding the hashes of every leaf under it, and those leaves' salts are dropped
/// (FORMAT.md §3). The document hash does not change; the hidden values cannot be recovered from the result.
/// </summary>
public sealed class DocumentRedactor
{
    private readonly LeafHasher _leafHasher;

    /// <summary>Creates a redactor with its own pointer-hash cache.</summary>
    public DocumentRedactor()
        : this(new LeafHasher())
    {
    }

    /// <summary>Creates a redactor sharing a leaf hasher (and its cache) with other work on the same batch.</summary>
    public DocumentRedactor(LeafHasher leafHasher)
    {
        ArgumentNullException.ThrowIfNull(leafHasher);
        _leafHasher = leafHasher;
    }

    /// <summary>
    /// Returns a redacted copy of <paramref name="document"/> and the salts still disclosed; the inputs are not changed.
    /// A part that already holds markers may be redacted as a whole (its markers' hashes are carried over).
    /// </summary>
    /// <exception cref="DocumentHashingException">
    /// A pointer names nothing, the whole document, or a place inside (or at) an already redacted part; a leaf to hide has no salt.
    /// </exception>
    public DisclosedDocument Redact(JsonObject document, IReadOnlyDictionary<string, Salt> salts, IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(salts);
        ArgumentNullException.ThrowIfNull(pointers);
        var redacted = (JsonObject)document.DeepClone();
        var withdrawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            RedactOne(redacted, salts, pointer, withdrawn);
        }

        var remaining = new OrderedDictionary<string, Salt>(salts.Count - withdrawn.Count, StringComparer.Ordinal);
        foreach (var (pointer, salt) in salts)
        {
            if (!withdrawn.Contains(pointer))
            {
                remaining.Add(pointer, salt);
            }
        }

        return new DisclosedDocument(redacted, remaining);
    }

    /// <summary>Redacts an issued (or already disclosed) document; see the other overload.</summary>
    /// <exception cref="DocumentHashingException">As for the other overload.</exception>
    public DisclosedDocument Redact(HashedDocument hashed, IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(hashed);
        return Redact(hashed.Document, hashed.Salts, pointers);
    }

    private void RedactOne(JsonObject root, IReadOnlyDictionary<string, Salt> salts, string pointer, HashSet<string> withdrawn)
    {
        var tokens = ParsePointer(pointer);
        if (tokens.Count == 0)
        {
            throw new DocumentHashingException("cannot redact the whole document; name a member such as '/body'", pointer);
        }

        JsonNode parent = root;
        var walked = "";
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            parent = Step(parent, tokens[i], pointer) ?? throw Missing(pointer);
            walked = JsonPointer.Append(walked, tokens[i]);
            if (RedactionMarker.IsMarker(parent))
            {
                throw new DocumentHashingException(
                    $"'{pointer}' lies inside '{walked}', which is already redacted", pointer);
            }
        }

        var last = tokens[^1];
        var target = Step(parent, last, pointer);
        if (RedactionMarker.IsMarker(target))
        {
            throw new DocumentHashingException($"'{pointer}' is already redacted", pointer);
        }

        // The marker lists the part's hashes in document order: markers inside it carry theirs over, and the
        // places of its disclosed leaves are filled once those are hashed, several at once.
        var hashes = new List<Hash32>();
        var hidden = new List<(string Pointer, JsonNode? Value, Salt Salt)>();
        var hiddenAt = new List<int>();
        foreach (var leaf in DocumentFlattener.FlattenDisclosed(target, pointer))
        {
            if (leaf.IsRedacted)
            {
                hashes.AddRange(leaf.RedactedHashes!);
                continue;
            }

            if (!salts.TryGetValue(leaf.Pointer, out var salt))
            {
                throw new DocumentHashingException(
                    $"leaf '{leaf.Pointer}' has no salt, so its hash cannot be computed; redact from the issued salts", leaf.Pointer);
            }

            hiddenAt.Add(hashes.Count);
            hashes.Add(default);
            hidden.Add((leaf.Pointer, leaf.Value, salt));
            withdrawn.Add(leaf.Pointer);
        }

        var hiddenHashes = _leafHasher.HashAll(hidden);
        for (var i = 0; i < hiddenHashes.Length; i++)
        {
            hashes[hiddenAt[i]] = hiddenHashes[i];
        }

        var marker = RedactionMarker.Create(hashes);
        if (parent is JsonArray array)
        {
            array[ParseIndex(last, array.Count, pointer)] = marker;
        }
        else
        {
            parent.AsObject()[last] = marker;
        }
    }

    // Step also distinguishes "member holds null" (a leaf) from "no member" (an error).
    private static JsonNode? Step(JsonNode parent, string token, string pointer) => parent switch
    {
        JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
        JsonArray array => array[ParseIndex(token, array.Count, pointer)],
        _ => throw Missing(pointer),
    };

    private static int ParseIndex(string token, int count, string pointer)
    {
        // RFC 6901 array indices are plain decimal without leading zeros.
        var canonical = token.Length > 0 && token.All(char.IsAsciiDigit) && (token.Length == 1 || token[0] != '0');
        if (!canonical || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= count)
        {
            throw Missing(pointer);
        }

        return index;
    }

    private static IReadOnlyList<string> ParsePointer(string pointer)
    {
        try
        {
            return JsonPointer.Parse(pointer);
        }
        catch (FormatException e)
        {
            throw new DocumentHashingException(e.Message, pointer);
        }
    }

    private static DocumentHashingException Missing(string pointer) =>
        new($"nothing to redact at '{pointer}'; the document has no value there", pointer);
}
