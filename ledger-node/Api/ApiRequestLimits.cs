using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Enforces Api:MaxRequestBodyBytes on every request: a declared length above it is refused at once with a
/// 413 problem; a body of unknown length is cut off by the server's body-size feature while it is read.
/// </summary>
internal sealed class ApiRequestLimits(IOptions<ApiOptions> options) : IMiddleware
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new ApiInputException("Request body too large",
                $"The body has {context.Request.ContentLength} bytes; this node accepts at most {limit} (Api:MaxRequestBodyBytes). Send the bundle without unneeded parents.",
                StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
