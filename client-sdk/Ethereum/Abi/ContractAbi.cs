using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// A contract's ABI (from solc or a Hardhat artifact): its functions, events, errors and constructor, with
/// lookups by name and by selector or topic.
/// </summary>
public sealed class ContractAbi
{
    private readonly Dictionary<AbiSelector, AbiFunction> _functionsBySelector;
    private readonly Dictionary<Hash32, AbiEvent> _eventsByTopic;
    private readonly Dictionary<AbiSelector, AbiError> _errorsBySelector;

    /// <summary>Creates an ABI from its parts.</summary>
    public ContractAbi(IReadOnlyList<AbiFunction> functions, IReadOnlyList<AbiEvent> events, IReadOnlyList<AbiError> errors, AbiConstructor? constructor = null)
    {
        Functions = functions;
        Events = events;
        Errors = errors;
        Constructor = constructor ?? AbiConstructor.Default;
        _functionsBySelector = Index(functions, f => f.Selector, f => f.Signature, "function selector");
        _eventsByTopic = Index(events.Where(e => !e.Anonymous), e => e.Topic, e => e.Signature, "event topic");
        _errorsBySelector = Index(errors, e => e.Selector, e => e.Signature, "error selector");
    }

    /// <summary>All functions.</summary>
    public IReadOnlyList<AbiFunction> Functions { get; }

    /// <summary>All events.</summary>
    public IReadOnlyList<AbiEvent> Events { get; }

    /// <summary>All custom errors.</summary>
    public IReadOnlyList<AbiError> Errors { get; }

    /// <summary>The constructor (no inputs when the ABI declares none).</summary>
    public AbiConstructor Constructor { get; }

    /// <summary>Parses ABI JSON: either the ABI array, or an artifact object with an <c>abi</c> property.</summary>
    public static ContractAbi Parse(string json) => ContractAbiJson.Parse(json);

    /// <summary>Parses an ABI array already loaded as a JSON element.</summary>
    public static ContractAbi Parse(JsonElement abi) => ContractAbiJson.Parse(abi);

    /// <summary>
    /// The function called <paramref name="nameOrSignature"/>: a plain name when it is not overloaded,
    /// otherwise the full signature such as <c>transfer(address,uint256)</c>.
    /// </summary>
    public AbiFunction GetFunction(string nameOrSignature) => Lookup(Functions, nameOrSignature, f => f.Name, f => f.Signature, "function");

    /// <summary>The event called <paramref name="nameOrSignature"/> (name, or signature when overloaded).</summary>
    public AbiEvent GetEvent(string nameOrSignature) => Lookup(Events, nameOrSignature, e => e.Name, e => e.Signature, "event");

    /// <summary>The error called <paramref name="nameOrSignature"/> (name, or signature when overloaded).</summary>
    public AbiError GetError(string nameOrSignature) => Lookup(Errors, nameOrSignature, e => e.Name, e => e.Signature, "error");

    /// <summary>The function with this selector, or null.</summary>
    public AbiFunction? FindFunction(AbiSelector selector) => _functionsBySelector.GetValueOrDefault(selector);

    /// <summary>The non-anonymous event whose topic 0 is <paramref name="topic"/>, or null.</summary>
    public AbiEvent? FindEvent(Hash32 topic) => _eventsByTopic.GetValueOrDefault(topic);

    /// <summary>The custom error with this selector, or null.</summary>
    public AbiError? FindError(AbiSelector selector) => _errorsBySelector.GetValueOrDefault(selector);

    private static T Lookup<T>(IReadOnlyList<T> items, string key, Func<T, string> name, Func<T, string> signature, string kind)
    {
        ArgumentNullException.ThrowIfNull(key);
        var matches = items.Where(i => (key.Contains('(', StringComparison.Ordinal) ? signature(i) : name(i)) == key).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new AbiException($"the ABI has no {kind} '{key}'"),
            _ => throw new AbiException(
                $"the {kind} '{key}' is overloaded; ask for one of: {string.Join(", ", matches.Select(signature))}"),
        };
    }

    private static Dictionary<TKey, T> Index<TKey, T>(IEnumerable<T> items, Func<T, TKey> key, Func<T, string> signature, string kind)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, T>();
        foreach (var item in items)
        {
            if (!index.TryAdd(key(item), item))
            {
                throw new AbiException($"{signature(index[key(item)])} and {signature(item)} share the {kind} {key(item)}");
            }
        }

        return index;
    }
}
