using System.Diagnostics;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.IntegrationTests;

public class ChainImageTests
{
    [Fact]
    public async Task Fixture_and_build_script_agree_on_the_chain_image_tag()
    {
        var start = new ProcessStartInfo("bash", [RepositoryRoot.Combine(ChainImage.BuildScript), "--tag"]) { RedirectStandardOutput = true };
        using var script = Process.Start(start)!;
        var printed = (await script.StandardOutput.ReadToEndAsync()).Trim();
        await script.WaitForExitAsync();

        Assert.Equal(0, script.ExitCode);
        Assert.Equal(ChainImage.Name(), printed);
        Assert.Matches("^provenance-ledger/chain:[0-9a-f]{16}$", printed);
    }
}
