using YamlDotNet.Core;

namespace IntegrationHub.Policies;

/// <summary>Where a value was written: a file and a 1-based line and column. Line 0 means the file as a whole
/// (for example a file that is missing).</summary>
/// <param name="File">The file's path as the loader was given it (the policy folder joined with the relative path).</param>
/// <param name="Line">The 1-based line, or 0 for the whole file.</param>
/// <param name="Column">The 1-based column, or 0 for the whole file.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The location of a YAML mark in <paramref name="file"/>; YamlDotNet's marks are already 1-based.</summary>
    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>The file as a whole.</summary>
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    /// <summary><c>file:line:column</c>, the form compilers use, so editors and CI logs link to the spot.</summary>
    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}
