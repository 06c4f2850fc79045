using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Reads a whole body with one problem list, throwing when anything is wrong.</summary>
internal static class BodyReading
{
    public const string Pointer = "/body";

    /// <summary>Reads <paramref name="body"/>; <paramref name="issuedOn"/> (the envelope's issue date) enables the date-order rules.</summary>
    public static T? Read<T>(JsonElement body, BodyReader<T> read, DateOnly? issuedOn, List<ValidationProblem> problems)
        where T : class =>
        Read(new JsonFieldReader(body, Pointer, problems), body, read, issuedOn);

    /// <summary>
    /// As above with <paramref name="reader"/>, a top-level reader whose reading is finished (it restarts on the body).
    /// A reader made for problems only (validation) returns a value of stand-ins (see <see cref="JsonFieldReader.Text"/>).
    /// </summary>
    public static T? Read<T>(JsonFieldReader reader, JsonElement body, BodyReader<T> read, DateOnly? issuedOn)
        where T : class
    {
        var problems = reader.Restart(body, Pointer).Problems;
        var before = problems.Count;
        ReservedNames.Report(body, Pointer, problems);
        var value = read(reader, issuedOn);
        reader.Finish();
        if (problems.Count == before)
        {
            return value;
        }

        // The reserved-name walk and the reader both see a redaction marker; report it once.
        var found = problems.Skip(before).Distinct().ToList();
        problems.RemoveRange(before, problems.Count - before);
        problems.AddRange(found);
        return null;
    }

    /// <summary>Reads a body given as an object (converted to its compact text, which is what is read).</summary>
    public static T FromJson<T>(JsonObject body, BodyReader<T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        var problems = new List<ValidationProblem>();
        using var parsed = CompactJson.ParseForReading(body);
        var value = Read(parsed.RootElement, read, issuedOn: null, problems);
        return value ?? throw new DocumentValidationException(problems);
    }
}

/// <summary>Reads a typed body; <c>issuedOn</c> is null when the body is read without its envelope.</summary>
internal delegate T? BodyReader<T>(JsonFieldReader reader, DateOnly? issuedOn)
    where T : class;
