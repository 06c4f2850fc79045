using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;
using QRCoder;

namespace ProvenanceLedger.Cli.Rendering;

/// <summary>
/// A printable certificate: one A4 page (print CSS) with the document's fields (redacted parts marked), its
/// issuer, hash and anchor, and a QR code that opens the node's verify page for it.
/// </summary>
public static class CertificateHtml
{
    /// <summary>The QR code of <paramref name="link"/> as inline SVG.</summary>
    public static string QrSvg(Uri link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link.ToString(), QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>The page for <paramref name="bundle"/>.</summary>
    public static string Render(ProofBundle bundle, Uri link)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
        var document = bundle.Document;
        var type = (string?)(document["type"] as JsonValue) ?? "document";
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(type.Replace('-', ' '));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .Append($"<title>{E(title)} {E((string?)(document["id"] as JsonValue))}</title>\n")
            .Append("<style>@page{size:A4;margin:15mm}body{font-family:Georgia,serif;color:#111;max-width:180mm;margin:auto}")
            .Append("h1{font-size:20pt;margin-bottom:0}.meta{font-family:system-ui,sans-serif;font-size:9pt}table{border-collapse:collapse;width:100%;font-size:10pt}")
            .Append("td{border-bottom:1px solid #ccc;padding:2pt 4pt;vertical-align:top}td.k{width:38%;color:#444}.redacted{color:#888;font-style:italic}")
            .Append(".qr{float:right;width:35mm;margin-left:6mm}.qr svg{width:35mm;height:35mm}code{font-size:8pt;word-break:break-all}")
            .Append("@media print{a{color:inherit;text-decoration:none}}</style></head><body>\n")
            .Append($"<div class=\"qr\">{QrSvg(link)}<div class=\"meta\">Scan to verify</div></div>\n")
            .Append($"<h1>{E(title)}</h1>\n")
            .Append($"<p class=\"meta\">No. {E((string?)(document["id"] as JsonValue))} · issued {E((string?)(document["issuedAt"] as JsonValue))} by ")
            .Append($"{E((string?)(document["issuer"]?["name"] as JsonValue))} (<code>{E((string?)(document["issuer"]?["address"] as JsonValue))}</code>)</p>\n")
            .Append("<table>\n");
        if (document["body"] is JsonNode body)
        {
            AppendRows(html, body, "");
        }

        html.Append("</table>\n<h2 class=\"meta\">Anchor</h2>\n<p class=\"meta\">")
            .Append($"Document hash <code>{bundle.DocumentHash}</code><br>")
            .Append($"Batch root <code>{bundle.Batch.Root}</code> ({bundle.Batch.Size} documents)<br>")
            .Append($"Anchored on chain {bundle.Anchor.ChainId} in block {bundle.Anchor.BlockNumber} at {bundle.Anchor.BlockTime:yyyy-MM-dd HH:mm:ss} UTC, ")
            .Append($"transaction <code>{bundle.Anchor.TransactionHash}</code>, registry <code>{bundle.Anchor.Registry}</code><br>")
            .Append($"Verify: <a href=\"{E(link.ToString())}\"><code>{E(link.ToString())}</code></a></p>\n")
            .Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendRows(StringBuilder html, JsonNode node, string label)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
        if (RedactionMarker.IsMarker(node))
        {
            html.Append($"<tr><td class=\"k\">{E(label)}</td><td class=\"redacted\">redacted</td></tr>\n");
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childLabel = label.Length == 0 ? Humanise(name) : $"{label} › {Humanise(name)}";
                    if (child is null)
                    {
                        html.Append($"<tr><td class=\"k\">{E(childLabel)}</td><td>—</td></tr>\n");
                    }
                    else
                    {
                        AppendRows(html, child, childLabel);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        AppendRows(html, item, $"{label} {i + 1}");
                    }
                }

                break;
            default:
                var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node.ToJsonString();
                html.Append($"<tr><td class=\"k\">{E(label)}</td><td>{E(text)}</td></tr>\n");
                break;
        }
    }

    // "hsCode" -> "Hs code", "originCountry" -> "Origin country".
    private static string Humanise(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
