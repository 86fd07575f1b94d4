namespace MedDevice.Testing;

/// <summary>
/// The test data the repository carries under <c>tests/vectors</c> (copied unedited from its public sources; see the
/// README there). Found from the test binaries upwards by the solution file, so nothing outside the clone is read.
/// </summary>
public static class TestVectors
{
    private const string SolutionFile = "MedDevice.Hub.sln";

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of <c>tests/vectors</c>.</summary>
    public static string Directory => Root.Value;

    /// <summary>The absolute path of a file or folder under <c>tests/vectors</c>, e.g. <c>Path("udi", "gs1")</c>.</summary>
    public static string Path(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var path = System.IO.Path.Combine([Root.Value, .. parts]);
        if (!System.IO.Directory.Exists(path) && !File.Exists(path))
        {
            throw new FileNotFoundException($"tests/vectors has no '{string.Join('/', parts)}'.", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
            {
                return System.IO.Path.Combine(dir.FullName, "tests", "vectors");
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}: tests run from inside the repository.");
    }
}
