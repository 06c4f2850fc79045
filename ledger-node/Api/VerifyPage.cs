using Microsoft.AspNetCore.Http.HttpResults;

namespace ProvenanceLedger.Node.Api;

/// <summary>GET /verify?h=&amp;r=&amp;p= — the target of a certificate's QR code: the web page, which shows the status of that hash.</summary>
internal static class VerifyPage
{
    public static IEndpointRouteBuilder MapVerifyPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/verify", GetVerifyPage)
            .WithName("VerifyLink")
            .WithSummary("The verify page for a QR link: h = document hash, r = batch root, p = Merkle path (comma-separated)")
            .WithTags("Web");
        return app;
    }

    public static FileStreamHttpResult GetVerifyPage(IWebHostEnvironment environment) =>
        TypedResults.File(environment.WebRootFileProvider.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
}
