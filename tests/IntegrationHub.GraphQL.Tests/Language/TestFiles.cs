using System.Runtime.CompilerServices;

namespace IntegrationHub.GraphQL.Tests.Language;

/// <summary>Test documents kept beside these sources. They are read from the source tree, as snapshots are, so
/// the test project needs no copy-to-output items.</summary>
internal static class TestFiles
{
    public static string PathOf(string fileName, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, fileName);

    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));
}
