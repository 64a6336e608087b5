using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IntegrationHub.Testing;

/// <summary>Snapshot assertions for large outputs (ASTs, introspection results, printed SDL): the value is
/// compared with <c>__snapshots__/&lt;Class&gt;.&lt;Test&gt;.snap</c> beside the test's source file, where the
/// class name is the source file's name.
/// <list type="bullet">
/// <item>A missing snapshot is written, except in CI (the <c>CI</c> variable set), where it fails.</item>
/// <item>A different snapshot fails with a line diff; <c>UPDATE_SNAPSHOTS=1</c> rewrites it instead, except in
/// CI, which never rewrites.</item>
/// </list></summary>
public static class Snapshot
{
    /// <summary>The environment variable that asks for every compared snapshot to be rewritten.</summary>
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Asserts that <paramref name="actual"/> matches the test's snapshot.</summary>
    /// <param name="actual">The text to compare.</param>
    /// <param name="suffix">Distinguishes several snapshots of one test: <c>&lt;Class&gt;.&lt;Test&gt;_&lt;suffix&gt;.snap</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testName">Filled in by the compiler.</param>
    public static void Match(
        string actual,
        string? suffix = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        var store = new SnapshotStore(Path.Combine(Path.GetDirectoryName(sourceFile)!, "__snapshots__"), ModeFromEnvironment());
        var name = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testName}";
        store.Match(suffix is null ? name : $"{name}_{suffix}", actual);
    }

    /// <summary>Asserts that <paramref name="value"/>, serialized as indented JSON, matches the test's snapshot.</summary>
    public static void MatchJson<T>(
        T value,
        string? suffix = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "") =>
        Match(JsonSerializer.Serialize(value, JsonOptions), suffix, sourceFile, testName);

    /// <summary>The mode the environment asks for: CI compares only, whatever else is set.</summary>
    public static SnapshotMode ModeFromEnvironment() =>
        ModeFor(Environment.GetEnvironmentVariable("CI"), Environment.GetEnvironmentVariable(UpdateVariable));

    /// <summary>The mode for the given values of <c>CI</c> and <c>UPDATE_SNAPSHOTS</c>.</summary>
    public static SnapshotMode ModeFor(string? ci, string? update)
    {
        if (IsSet(ci))
        {
            return SnapshotMode.CompareOnly;
        }

        return IsSet(update) ? SnapshotMode.Update : SnapshotMode.CompareAndCreateMissing;
    }

    private static bool IsSet(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim() is not ("0" or "false" or "False" or "FALSE" or "no");
}
