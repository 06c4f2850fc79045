using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Reads the members of one JSON object into typed values, reporting every problem (with its JSON
/// Pointer) instead of stopping at the first, so reading and validation are one pass that finds all.
/// An accessor returns null when the member is absent or wrong; the caller builds its value only when
/// everything it needs is present. <see cref="Finish"/> reports members no accessor asked for.
/// </summary>
internal sealed class JsonFieldReader
{
    public const string RedactionMarker = "$redacted";

    public const string RedactedMessage = "is redacted; a typed reading needs the disclosed value";

    private readonly JsonObject _object;
    private readonly List<ValidationProblem> _problems;

    // The names asked for, in order (an object has a handful, so a list beats a hash set's allocations).
    private readonly List<string> _known = new(8);

    // A nested reader's pointer is its parent's plus a member name (and an array index, or -1); it is only
    // written out when a problem needs it, so a valid document is read without a pointer string per object.
    private readonly JsonFieldReader? _parent;
    private readonly string? _member;
    private readonly int _index;
    private string? _pointer;

    public JsonFieldReader(JsonObject obj, string pointer, List<ValidationProblem> problems)
    {
        _object = obj;
        _pointer = pointer;
        _problems = problems;
    }

    private JsonFieldReader(JsonObject obj, JsonFieldReader parent, string member, int index)
    {
        _object = obj;
        _parent = parent;
        _member = member;
        _index = index;
        _problems = parent._problems;
    }

    public string Pointer => _pointer ??= _index < 0
        ? JsonPointer.Append(_parent!.Pointer, _member!)
        : JsonPointer.Append(JsonPointer.Append(_parent!.Pointer, _member!), _index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public int ProblemCount => _problems.Count;

    public void Report(string member, string message) => _problems.Add(new ValidationProblem(JsonPointer.Append(Pointer, member), message));

    /// <summary>Reports a problem with member <paramref name="child"/> of the object in <paramref name="member"/>.</summary>
    public void Report(string member, string child, string message) =>
        _problems.Add(new ValidationProblem(JsonPointer.Append(JsonPointer.Append(Pointer, member), child), message));

    /// <summary>Reports when the date at member/child falls after <paramref name="limit"/>.</summary>
    public void NotAfter(string member, string child, DateOnly? date, DateOnly? limit, string limitName)
    {
        if (date is { } d && limit is { } l && d > l)
        {
            Report(member, child, $"{CalendarDate.Format(d)} is after {limitName} {CalendarDate.Format(l)}");
        }
    }

    /// <summary>Reports when a line number is not its position + 1: lines are numbered 1, 2, 3 in order.</summary>
    public int? LineNumber(int index)
    {
        var line = Number("line");
        if (line is null)
        {
            return null;
        }

        if (line != index + 1)
        {
            Report("line", $"is {line}; lines are numbered 1, 2, 3 in order, so this one must be {index + 1}");
            return null;
        }

        return index + 1;
    }

    /// <summary>
    /// Reports every member that no accessor asked for: a typo must not pass silently. Names beginning
    /// with $ are left to the reserved-name rule, which reports them once.
    /// </summary>
// Per leaf or per field of every document: fully optimised from the first call, so the first batch a process issues does not run tier-0 and instrumented code.
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Finish()
    {
        foreach (var (name, _) in _object)
        {
            if (!_known.Contains(name) && !name.StartsWith('$'))
            {
                Report(name, $"is not a member of this object; expected one of: {string.Join(", ", _known)}");
            }
        }
    }

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? String(string name, bool required = true, bool allowEmpty = false)
    {
        var node = Member(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            Report(name, $"must be a string, not {Describe(node)}");
            return null;
        }

        var text = node.GetValue<string>();
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            Report(name, "must not be empty");
            return null;
        }

        return text;
    }

    /// <summary>The text of a string member that has already been read successfully.</summary>
    public string WrittenText(string name) => _object[name]!.GetValue<string>();

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T? Parsed<T>(string name, TryParser<T> tryParse, Func<string, string> expectation, bool required = true)
        where T : struct
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (!tryParse(text, out var value))
        {
            Report(name, expectation(text));
            return null;
        }

        return value;
    }

    public CountryCode? Country(string name, bool required = true) =>
        Parsed<CountryCode>(name, CountryCode.TryParse, CountryCode.Expectation, required);

    public CurrencyCode? Currency(string name, bool required = true) =>
        Parsed<CurrencyCode>(name, CurrencyCode.TryParse, CurrencyCode.Expectation, required);

    public HsCode? Hs(string name, bool required = true) =>
        Parsed<HsCode>(name, HsCode.TryParseExact, HsCode.Expectation, required);

    public DateOnly? Date(string name, bool required = true) =>
        Parsed<DateOnly>(name, CalendarDate.TryParse, CalendarDate.Expectation, required);

    public TEnum? Enum<TEnum>(string name, bool required = true)
        where TEnum : struct, Enum =>
        Parsed<TEnum>(name, WireNames<TEnum>.TryParse, text => $"'{text}' is not allowed; expected one of: {WireNames<TEnum>.Listing}", required);

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public decimal? Number(string name, bool required = true, NumberRule rule = NumberRule.Any)
    {
        var node = Member(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number)
        {
            Report(name, $"must be a number, not {Describe(node)}");
            return null;
        }

        if (!TryGetDecimal(node.AsValue(), out var value))
        {
            Report(name, $"{node.ToJsonString()} is out of range; expected a decimal number of at most 28 significant digits");
            return null;
        }

        var broken = rule switch
        {
            NumberRule.Positive when value <= 0 => "must be greater than zero",
            NumberRule.NotNegative when value < 0 => "must not be negative",
            _ => null,
        };
        if (broken is not null)
        {
            Report(name, $"{broken}, got {node.ToJsonString()}");
            return null;
        }

        return value;
    }

    public bool? Boolean(string name, bool required = true)
    {
        var node = Member(name, required);
        if (node is null)
        {
            return null;
        }

        var kind = node.GetValueKind();
        if (kind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Report(name, $"must be true or false, not {Describe(node)}");
            return null;
        }

        return kind == JsonValueKind.True;
    }

    /// <summary>A nested object read by <paramref name="read"/>; its unknown members are reported.</summary>
    public T? Object<T>(string name, Func<JsonFieldReader, T?> read, bool required = true)
        where T : class
    {
        if (RawObject(name, required) is not { } obj)
        {
            return null;
        }

        var nested = new JsonFieldReader(obj, this, name, -1);
        var value = read(nested);
        nested.Finish();
        return value;
    }

    /// <summary>
    /// An array of objects, each read by <paramref name="read"/> with its zero-based position; null
    /// unless every element was read. An empty array is refused unless <paramref name="allowEmpty"/>.
    /// </summary>
    public IReadOnlyList<T>? Array<T>(string name, Func<JsonFieldReader, int, T?> read, bool required = true, bool allowEmpty = false)
        where T : class
    {
        var node = Member(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            Report(name, $"must be an array, not {Describe(node)}");
            return null;
        }

        if (!allowEmpty && array.Count == 0)
        {
            Report(name, "must list at least one entry");
            return null;
        }

        var values = new List<T>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject element)
            {
                Report(name, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"must be an object, not {Describe(array[i])}");
                continue;
            }

            var nested = new JsonFieldReader(element, this, name, i);
            var value = read(nested, i);
            nested.Finish();
            if (value is not null)
            {
                values.Add(value);
            }
        }

        return values.Count == array.Count ? values : null;
    }

    /// <summary>An object member taken as it is (free JSON), without looking inside.</summary>
    public JsonObject? RawObject(string name, bool required = true)
    {
        var node = Member(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject obj)
        {
            Report(name, $"must be an object, not {Describe(node)}");
            return null;
        }

        return obj;
    }

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsonNode? Member(string name, bool required)
    {
        if (!_known.Contains(name))
        {
            _known.Add(name);
        }

        if (!_object.TryGetPropertyValue(name, out var node))
        {
            if (required)
            {
                Report(name, "is required but missing");
            }

            return null;
        }

        if (node is null)
        {
            Report(name, required ? "is required but null" : "must be left out rather than null");
            return null;
        }

        if (node is JsonObject obj && obj.ContainsKey(RedactionMarker))
        {
            Report(name, RedactedMessage);
            return null;
        }

        return node;
    }

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryGetDecimal(JsonValue value, out decimal result)
    {
        if (value.TryGetValue(out result))
        {
            return true;
        }

        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.TryGetDecimal(out result);
        }

        if (value.TryGetValue<long>(out var integer))
        {
            result = integer;
            return true;
        }

        if (value.TryGetValue<int>(out var small))
        {
            result = small;
            return true;
        }

        if (value.TryGetValue<double>(out var real) && double.IsFinite(real) && Math.Abs(real) < 7.9e28)
        {
            result = (decimal)real;
            return true;
        }

        return false;
    }

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}

/// <summary>A TryParse shape shared by the code types.</summary>
internal delegate bool TryParser<T>(string text, out T value);

/// <summary>What a number member must satisfy.</summary>
internal enum NumberRule
{
    Any,
    Positive,
    NotNegative,
}
