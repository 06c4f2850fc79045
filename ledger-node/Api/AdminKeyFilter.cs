using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Lets a request through only with the node's admin key in the <c>X-Admin-Key</c> header (compared in
/// constant time). An empty Ledger:AdminKey disables administrative calls altogether.
/// </summary>
internal sealed class AdminKeyFilter(IOptions<LedgerNodeOptions> options) : IEndpointFilter
{
    public const string Header = "X-Admin-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var expected = options.Value.AdminKey;
        if (expected.Length == 0)
        {
            throw new ApiInputException("Administration disabled", "This node has no admin key (Ledger:AdminKey), so administrative calls are off.", StatusCodes.Status403Forbidden);
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0)
        {
            throw new ApiInputException("Admin key required", $"Send the node's admin key in the {Header} header.", StatusCodes.Status401Unauthorized);
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            throw new ApiInputException("Wrong admin key", $"The {Header} header does not hold this node's admin key.", StatusCodes.Status403Forbidden);
        }

        return next(context);
    }
}
