using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Relay;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Node.Api;

/// <summary>The verification API, the relay and the web verify page: one call to add the services, one to map them.</summary>
public static class ApiExtensions
{
    /// <summary>Adds options, JSON, problem details, limits, rate limiting, OpenAPI and the relay.</summary>
    public static IHostApplicationBuilder AddVerificationApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ApiOptions>()
            .Bind(builder.Configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            VerificationReportJson.Configure(json.SerializerOptions);
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddSingleton<ApiRequestLimits>();
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<ApiOptions>>((form, api) => form.MultipartBodyLengthLimit = api.Value.MaxRequestBodyBytes);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) => ApiRateLimiting.Configure(limiter, api.Value));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<OfflineBundleVerifier>();
        builder.Services.AddSingleton<FollowedRegistries>();
        builder.AddAnchorRelay();
        return builder;
    }

    /// <summary>Adds the error handling and limits to the pipeline and maps /api/v1, /openapi/v1.json, the page and the QR link.</summary>
    public static WebApplication MapVerificationApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiRequestLimits>();
        // Rate limiting off (0: a gateway in front limits, or a load test): no partition lookup or lease per request.
        if (app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerSecondPerClient > 0)
        {
            app.UseRateLimiter();
        }

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();

        var api = app.MapGroup("/api/v1");
        api.MapVerifyApi()
            .MapStatusApi()
            .MapDocumentsApi()
            .MapBatchesApi()
            .MapIssuersApi()
            .MapDecisionsApi()
            .MapAuditApi()
            .MapRelayApi()
            .MapAdminApi();
        app.MapVerifyPage();
        return app;
    }
}
