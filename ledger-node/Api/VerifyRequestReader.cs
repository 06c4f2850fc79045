using System.Buffers;
using System.Text.Json;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Reads the body of POST /api/v1/verify: JSON that is either a proof bundle, or <c>{"bundle": {…}, "parents":
/// [{…}, …]}</c>; or a multipart upload with a file field "bundle" and any number of "parents" files.
/// A JSON body is read once into a pooled buffer; one token scan of its top level finds the bundles in it, and
/// each is parsed straight from its bytes in that buffer (no intermediate document, string or copy).
/// </summary>
internal static class VerifyRequestReader
{
    public static async Task<(ProofBundle Bundle, IReadOnlyList<ProofBundle> Parents)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request, cancellationToken);
        }

        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiInputException("Unsupported media type", "Send the bundle as application/json, or as a multipart/form-data upload with a 'bundle' file.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength is not { } length)
        {
            // Chunked: the server's body-size limit (ApiRequestLimits) cuts it off while it is copied.
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, cancellationToken);
            return Body(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        }

        // ApiRequestLimits has refused a declared length above Api:MaxRequestBodyBytes, so it fits an int.
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = await request.Body.ReadAtLeastAsync(buffer.AsMemory(0, (int)length), (int)length, throwOnEndOfStream: false, cancellationToken);
            return Body(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a JSON body: a bundle, or {"bundle", "parents"}; the bundles are parsed from slices of <paramref name="body"/>.</summary>
    internal static (ProofBundle Bundle, IReadOnlyList<ProofBundle> Parents) Body(ReadOnlySpan<byte> body)
    {
        var (bundle, parents) = Locate(body);
        if (bundle is not { } at)
        {
            return (Bundle(body, "the body"), []);
        }

        var read = new List<ProofBundle>(parents.Count);
        for (var i = 0; i < parents.Count; i++)
        {
            read.Add(Bundle(body[parents[i]], $"parents[{i}]"));
        }

        return (Bundle(body[at], "'bundle'"), read);
    }

    // Where the "bundle" value and each "parents" element lie in the body; no "bundle" means the body is the bundle.
    private static (Range? Bundle, List<Range> Parents) Locate(ReadOnlySpan<byte> body)
    {
        Range? bundle = null;
        List<Range>? parents = null;
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                throw new ApiInputException("Not a proof bundle", "The body must be a proof bundle object, or {\"bundle\": …, \"parents\": […]}.", StatusCodes.Status422UnprocessableEntity);
            }

            var sawParents = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("bundle"u8))
                {
                    reader.Read();
                    bundle = Value(ref reader);
                }
                else if (reader.ValueTextEquals("parents"u8))
                {
                    reader.Read();
                    sawParents = true;
                    parents = Elements(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            EnsureEnd(ref reader);
            if (bundle is not null && sawParents && parents is null)
            {
                throw new ApiInputException("Malformed parents", "'parents' must be an array of proof bundles.", StatusCodes.Status422UnprocessableEntity);
            }

            return (bundle, parents ?? []);
        }
        catch (JsonException e)
        {
            throw new ApiInputException("Malformed JSON", $"the body is not valid JSON: {e.Message}");
        }
    }

    private static Range Value(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return start..(int)reader.BytesConsumed;
    }

    // The elements of an array value, or null when the value is not an array.
    private static List<Range>? Elements(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var elements = new List<Range>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            elements.Add(Value(ref reader));
        }

        return elements;
    }

    // The whole body must be one JSON value: reading past its end throws on anything but whitespace.
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            reader.Skip();
        }
    }

    private static async Task<(ProofBundle, IReadOnlyList<ProofBundle>)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("bundle")
            ?? throw new ApiInputException("No bundle uploaded", "The multipart upload needs a file field named 'bundle' (and optionally 'parents' files).");
        var parents = new List<ProofBundle>();
        foreach (var parent in form.Files.GetFiles("parents"))
        {
            parents.Add(Bundle(await ReadAllAsync(parent, cancellationToken), $"parent file '{parent.FileName}'"));
        }

        return (Bundle(await ReadAllAsync(file, cancellationToken), $"file '{file.FileName}'"), parents);
    }

    private static ProofBundle Bundle(ReadOnlySpan<byte> utf8, string what)
    {
        try
        {
            return ProofBundleReader.Read(utf8);
        }
        catch (BundleFormatException e) when (e.Member == "/format")
        {
            throw new ApiInputException("Unsupported bundle version", $"In {what}: {e.Message}. This node reads {ProofBundle.FormatName}.", StatusCodes.Status422UnprocessableEntity);
        }
        catch (BundleFormatException e) when (e.Message.StartsWith("the bundle is not valid JSON", StringComparison.Ordinal))
        {
            throw new ApiInputException("Malformed JSON", $"In {what}: {e.Message}.");
        }
        catch (BundleFormatException e)
        {
            throw new ApiInputException("Not a readable proof bundle", $"In {what}: {e.Message}.", StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
