namespace ProvenanceLedger.Testing;

/// <summary>Finds the repository's root (the folder holding ProvenanceLedger.sln) from a test's output folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The root folder; throws with a clear message when the tests run outside a checkout.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ProvenanceLedger.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"ProvenanceLedger.sln not found above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }

    /// <summary>A path under the root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
