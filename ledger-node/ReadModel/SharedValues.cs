using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// One instance of each value that repeats across events (the registry, issuers, authorities, relayers,
/// document types, country codes): every view then points at it instead of holding its own copy of the bytes.
/// Used by the model's single writer only.
/// </summary>
internal sealed class SharedValues
{
    private readonly Dictionary<Address, Address> _addresses = [];
    private readonly Dictionary<Hash32, Hash32> _types = [];
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);

    public BatchView Batch(BatchView view) => view with
    {
        Issuer = Shared(view.Issuer), DocType = Shared(_types, view.DocType), Relayer = Shared(view.Relayer), Anchored = Located(view.Anchored),
    };

    public RevocationView Revocation(RevocationView view) =>
        view with { Issuer = Shared(view.Issuer), RevokedBy = Shared(view.RevokedBy), At = Located(view.At) };

    public SupersessionView Supersession(SupersessionView view) => view with { Issuer = Shared(view.Issuer), At = Located(view.At) };

    public DecisionView Decision(DecisionView view) =>
        view with { Authority = Shared(view.Authority), Country = Shared(_countries, view.Country), At = Located(view.At) };

    public AccreditationEventView Accreditation(AccreditationEventView view) => view with { At = Located(view.At) };

    public Hash32 DocType(Hash32 docType) => Shared(_types, docType);

    private EventLocation Located(EventLocation at) => at with { Registry = Shared(at.Registry) };

    private Address Shared(Address address) => Shared(_addresses, address);

    private static T Shared<T>(Dictionary<T, T> values, T value)
        where T : notnull
    {
        if (values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        values[value] = value;
        return value;
    }
}
