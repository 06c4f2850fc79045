using System.Runtime.InteropServices;
using System.Text.Json;

using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Reads the members of one JSON object into typed values, reporting every problem (with its JSON
/// Pointer) instead of stopping at the first, so reading and validation are one pass that finds all.
/// An accessor returns null when the member is absent or wrong; the caller builds its value only when
/// everything it needs is present. <see cref="Finish"/> reports members no accessor asked for. It reads a parsed
/// <see cref="JsonElement"/>: documents are validated on their parsed text, without a tree of nodes.
/// </summary>
internal sealed class JsonFieldReader
{
    public const string RedactedMessage = "is redacted; a typed reading needs the disclosed value";

    private readonly List<ValidationProblem> _problems;

    // The names asked for, in order, from _start on: one list shared by a reader and its nested readers, used as
    // a stack (a nested reader is read and finished before its parent asks for more, and Finish pops its names),
    // so reading a document allocates no list per object.
    private readonly List<string> _asked;

    // Nested readers by depth, shared the same way: a nested reader is finished before its parent reads on, so one
    // reader per depth serves every object at that depth, and reading a document makes no reader per object.
    private readonly List<JsonFieldReader> _nested;
    private readonly int _depth;

    // Whether only the problems are wanted (validation): free text and codes whose value needs a new string are then
    // checked on their UTF-8 and a stand-in is returned (see Text and Utf8TryParser); what the rules read is real.
    private readonly bool _problemsOnly;

    private JsonElement _object;
    private int _start;

    // How many of the names asked for the object has: when that is all its members, none is unknown.
    private int _found;

    // A nested reader's pointer is its parent's plus a member name (and an array index, or -1); it is only
    // written out when a problem needs it, so a valid document is read without a pointer string per object.
    private readonly JsonFieldReader? _parent;
    private string? _member;
    private int _index;
    private string? _pointer;

    /// <summary>A reader of <paramref name="obj"/> at <paramref name="pointer"/>; <paramref name="problemsOnly"/> when the values read are thrown away.</summary>
    public JsonFieldReader(JsonElement obj, string pointer, List<ValidationProblem> problems, bool problemsOnly = false)
    {
        _object = obj;
        _pointer = pointer;
        _problems = problems;
        _problemsOnly = problemsOnly;
        _asked = new List<string>(16);
        _nested = new List<JsonFieldReader>(4);
    }

    /// <summary>Where problems go.</summary>
    public List<ValidationProblem> Problems => _problems;

    /// <summary>
    /// Sets this reader, whose reading is finished, to read <paramref name="obj"/> at <paramref name="pointer"/>: one
    /// reader (its lists, its nested readers) reads a document's envelope and then its body.
    /// </summary>
    public JsonFieldReader Restart(JsonElement obj, string pointer)
    {
        if (_parent is not null || _asked.Count != 0)
        {
            throw new InvalidOperationException("only a top-level reader whose reading is finished can restart");
        }

        _object = obj;
        _pointer = pointer;
        _found = 0;
        return this;
    }

    private JsonFieldReader(JsonFieldReader parent)
    {
        _parent = parent;
        _problems = parent._problems;
        _problemsOnly = parent._problemsOnly;
        _asked = parent._asked;
        _nested = parent._nested;
        _depth = parent._depth + 1;
    }

    // The reader of one nested object, the one of its depth, set to read obj.
    private JsonFieldReader Nested(JsonElement obj, string member, int index)
    {
        if (_nested.Count == _depth)
        {
            _nested.Add(new JsonFieldReader(this));
        }

        var nested = _nested[_depth];
        nested._object = obj;
        nested._member = member;
        nested._index = index;
        nested._pointer = null;
        nested._start = _asked.Count;
        nested._found = 0;
        return nested;
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
    public void Finish()
    {
        // Member names are unique (the parser refuses duplicates), so when every member was asked for, none is unknown.
        if (_found != _object.GetPropertyCount())
        {
            foreach (var member in _object.EnumerateObject())
            {
                if (!IsKnown(member) && !StartsWithDollar(member))
                {
                    Report(member.Name, $"is not a member of this object; expected one of: {string.Join(", ", _asked.Skip(_start))}");
                }
            }
        }

        _asked.RemoveRange(_start, _asked.Count - _start);
    }

    /// <summary>Whether <paramref name="member"/>'s name begins with '$', read from its raw text where it has no escape.</summary>
    public static bool StartsWithDollar(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        return raw.Length > 0 && (raw[0] == (byte)'$' || (raw[0] == (byte)'\\' && member.Name.StartsWith('$')));
    }

    public string? String(string name, bool required = true, bool allowEmpty = false) =>
        StringMember(name, required) is { } node ? CheckedString(node, name, allowEmpty) : null;

    /// <summary>
    /// Free text that no rule reads (a name, an address, a description): checked as <see cref="String"/> checks it.
    /// A reading for problems only checks it on its UTF-8 and returns the stand-in <see cref="string.Empty"/>.
    /// </summary>
    public string? Text(string name, bool required = true) =>
        StringMember(name, required) is { } node ? CheckedString(node, name, allowEmpty: false, keep: !_problemsOnly) : null;

    /// <summary>The text of a string member that has already been read successfully (a stand-in when only problems are wanted).</summary>
    public string WrittenText(string name) => _problemsOnly ? string.Empty : _object.GetProperty(name).GetString()!;

    public T? Parsed<T>(string name, TryParser<T> tryParse, Func<string, string> expectation, bool required = true)
        where T : struct =>
        StringMember(name, required) is { } node ? ParsedString(node, name, tryParse, expectation) : null;

    /// <summary>As above, trying <paramref name="tryParseUtf8"/> on the value's UTF-8 first: most values are decided without a string.</summary>
    public T? Parsed<T>(string name, Utf8TryParser<T> tryParseUtf8, TryParser<T> tryParse, Func<string, string> expectation, bool required = true)
        where T : struct
    {
        if (StringMember(name, required) is not { } node)
        {
            return null;
        }

        return Utf8Text.TryGetUnescaped(node, out var utf8) && tryParseUtf8(utf8, _problemsOnly, out var value)
            ? value
            : ParsedString(node, name, tryParse, expectation);
    }

    public CountryCode? Country(string name, bool required = true) =>
        Parsed<CountryCode>(name, CountryCode.TryParse, CountryCode.TryParse, CountryCode.Expectation, required);

    public CurrencyCode? Currency(string name, bool required = true) =>
        Parsed<CurrencyCode>(name, CurrencyCode.TryParse, CurrencyCode.TryParse, CurrencyCode.Expectation, required);

    public HsCode? Hs(string name, bool required = true) =>
        Parsed<HsCode>(name, HsCode.TryParseExact, HsCode.TryParseExact, HsCode.Expectation, required);

    public DateOnly? Date(string name, bool required = true) =>
        Parsed<DateOnly>(name, CalendarDate.TryParse, CalendarDate.TryParse, CalendarDate.Expectation, required);

    public TEnum? Enum<TEnum>(string name, bool required = true)
        where TEnum : struct, Enum =>
        Parsed<TEnum>(name, WireNames<TEnum>.TryParse, WireNames<TEnum>.TryParse, text => $"'{text}' is not allowed; expected one of: {WireNames<TEnum>.Listing}", required);

    // The member when it is present and a string; otherwise null, its problem reported.
    private JsonElement? StringMember(string name, bool required)
    {
        if (Member(name, required) is not { } node)
        {
            return null;
        }

        if (node.ValueKind != JsonValueKind.String)
        {
            Report(name, $"must be a string, not {Describe(node)}");
            return null;
        }

        return node;
    }

    // The string, or null after reporting a blank one; a value not kept (!keep) is decided on its UTF-8 when that can
    // be, without making its string, and comes back as the stand-in string.Empty.
    private string? CheckedString(JsonElement node, string name, bool allowEmpty, bool keep = true)
    {
        string? text = null;
        var blank = !keep && Utf8Text.TryGetUnescaped(node, out var utf8) ? Utf8Text.IsBlank(utf8) : null;
        if (blank is null)
        {
            text = node.GetString()!;
            blank = string.IsNullOrWhiteSpace(text);
        }

        if (!allowEmpty && blank.Value)
        {
            Report(name, "must not be empty");
            return null;
        }

        return keep ? text : string.Empty;
    }

    private T? ParsedString<T>(JsonElement node, string name, TryParser<T> tryParse, Func<string, string> expectation)
        where T : struct
    {
        var text = CheckedString(node, name, allowEmpty: false);
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

    public decimal? Number(string name, bool required = true, NumberRule rule = NumberRule.Any)
    {
        if (Member(name, required) is not { } node)
        {
            return null;
        }

        if (node.ValueKind != JsonValueKind.Number)
        {
            Report(name, $"must be a number, not {Describe(node)}");
            return null;
        }

        if (!node.TryGetDecimal(out var value))
        {
            Report(name, $"{node.GetRawText()} is out of range; expected a decimal number of at most 28 significant digits");
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
            Report(name, $"{broken}, got {node.GetRawText()}");
            return null;
        }

        return value;
    }

    public bool? Boolean(string name, bool required = true)
    {
        if (Member(name, required) is not { } node)
        {
            return null;
        }

        var kind = node.ValueKind;
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

        var nested = Nested(obj, name, -1);
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
        if (Member(name, required) is not { } array)
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Report(name, $"must be an array, not {Describe(array)}");
            return null;
        }

        var count = array.GetArrayLength();
        if (!allowEmpty && count == 0)
        {
            Report(name, "must list at least one entry");
            return null;
        }

        var values = new List<T>(count);
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Report(name, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"must be an object, not {Describe(element)}");
                i++;
                continue;
            }

            var nested = Nested(element, name, i);
            var value = read(nested, i);
            nested.Finish();
            if (value is not null)
            {
                values.Add(value);
            }

            i++;
        }

        return values.Count == count ? values : null;
    }

    /// <summary>An object member taken as it is (free JSON), without looking inside.</summary>
    public JsonElement? RawObject(string name, bool required = true)
    {
        if (Member(name, required) is not { } node)
        {
            return null;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            Report(name, $"must be an object, not {Describe(node)}");
            return null;
        }

        return node;
    }

    private JsonElement? Member(string name, bool required)
    {
        var asked = !IsAsked(name);
        if (asked)
        {
            _asked.Add(name);
        }

        if (!_object.TryGetProperty(name, out var node))
        {
            if (required)
            {
                Report(name, "is required but missing");
            }

            return null;
        }

        if (asked)
        {
            _found++;
        }

        if (node.ValueKind == JsonValueKind.Null)
        {
            Report(name, required ? "is required but null" : "must be left out rather than null");
            return null;
        }

        if (IsRedactionMarker(node))
        {
            Report(name, RedactedMessage);
            return null;
        }

        return node;
    }

    /// <summary>Whether <paramref name="node"/> is an object with a <see cref="RedactionMarker.MemberName"/> member.</summary>
    public static bool IsRedactionMarker(JsonElement node) => node.ValueKind == JsonValueKind.Object && node.TryGetProperty(RedactionMarker.MemberNameUtf8, out _);

    private bool IsAsked(string name)
    {
        for (var i = _start; i < _asked.Count; i++)
        {
            if (string.Equals(_asked[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsKnown(JsonProperty member)
    {
        for (var i = _start; i < _asked.Count; i++)
        {
            if (member.NameEquals(_asked[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Null => "null",
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
