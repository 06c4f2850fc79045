using System.Text.Json;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Reads the body of POST /api/v1/verify: JSON that is either a proof bundle, or <c>{"bundle": {…}, "parents":
/// [{…}, …]}</c>; or a multipart upload with a file field "bundle" and any number of "parents" files.
/// </summary>
internal static class VerifyRequestReader
{
    public static async Task<(ProofBundle Bundle, IReadOnlyList<ProofBundle> Parents)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
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

        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiInputException("Unsupported media type", "Send the bundle as application/json, or as a multipart/form-data upload with a 'bundle' file.", StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return Body(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private static (ProofBundle, IReadOnlyList<ProofBundle>) Body(ReadOnlyMemory<byte> body)
    {
        using var json = Parse(body, "the body");
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ApiInputException("Not a proof bundle", "The body must be a proof bundle object, or {\"bundle\": …, \"parents\": […]}.", StatusCodes.Status422UnprocessableEntity);
        }

        if (!json.RootElement.TryGetProperty("bundle", out var bundle))
        {
            return (Bundle(body.Span, "the body"), []);
        }

        var parents = new List<ProofBundle>();
        if (json.RootElement.TryGetProperty("parents", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new ApiInputException("Malformed parents", "'parents' must be an array of proof bundles.", StatusCodes.Status422UnprocessableEntity);
            }

            var i = 0;
            foreach (var parent in list.EnumerateArray())
            {
                parents.Add(Bundle(JsonSerializer.SerializeToUtf8Bytes(parent, ApiJsonContext.Default.JsonElement), $"parents[{i++}]"));
            }
        }

        return (Bundle(JsonSerializer.SerializeToUtf8Bytes(bundle, ApiJsonContext.Default.JsonElement), "'bundle'"), parents);
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

    private static JsonDocument Parse(ReadOnlyMemory<byte> body, string what)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new ApiInputException("Malformed JSON", $"{what} is not valid JSON: {e.Message}");
        }
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
