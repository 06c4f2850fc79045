using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Per-client (remote address) token buckets from Api:RequestsPerSecondPerClient and Api:BurstPerClient; 429 problem
/// when empty. Used only when the limit is above 0: at 0 the pipeline leaves the limiter out (ApiExtensions).
/// </summary>
internal static class ApiRateLimiting
{
    public static void Configure(RateLimiterOptions limiter, ApiOptions api)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(api.BurstPerClient, api.RequestsPerSecondPerClient),
                TokensPerPeriod = api.RequestsPerSecondPerClient,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
            context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"This client may make {api.RequestsPerSecondPerClient} requests per second (burst {api.BurstPerClient}); retry after {Math.Ceiling(retryAfter.TotalSeconds)} s.",
                },
            });
        };
    }
}
