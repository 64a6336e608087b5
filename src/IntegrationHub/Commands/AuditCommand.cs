using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using IntegrationHub.Data;
using IntegrationHub.Data.Audit;
using IntegrationHub.Data.Progress;

namespace IntegrationHub.Commands;

/// <summary><c>audit</c>: the audit trail's chores. <c>audit verify</c> recomputes the hash chain over the stored
/// events and names the first bad one; <c>audit export</c> writes a range to NDJSON or CSV for archiving
/// (src/IntegrationHub.Data/Audit/README.md: archive a closed range by export and verify; never delete in place).</summary>
public static class AuditCommand
{
    /// <summary>The exit code of <c>audit verify</c> when the chain is broken: the database answered, and an event in
    /// the range is altered, missing or out of order.</summary>
    public const int ChainBrokenExitCode = 2;

    /// <summary>The <c>audit</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var audit = new Command("audit", "The audit trail: verify its hash chain, export a range for auditors or the archive.");
        audit.Subcommands.Add(CreateVerify());
        audit.Subcommands.Add(CreateExport());
        return audit;
    }

    private static Command CreateVerify()
    {
        var (from, to) = RangeOptions();
        var verify = new Command("verify",
            "Recompute the hash chain of the stored audit events from their stored canonical form, in sequence order, " +
            "and check that every row's search columns and subject and field index rows agree with it. Exit code 0: " +
            $"the range is intact; {ChainBrokenExitCode}: an event is altered, missing or out of order (named on " +
            "standard error); 1: the database could not be read. Deleting the newest events leaves no gap: compare " +
            "the printed head with an earlier run's or with a response's audit receipt.");
        verify.Options.Add(from);
        verify.Options.Add(to);
        var database = DatabaseOptionSet.AddTo(verify);
        verify.SetAction(async (parse, cancellationToken) =>
        {
            var broken = false;
            var exitCode = await HostedChore.RunAsync("audit verify", database.HostArgs(parse), parse.InvocationConfiguration,
                async (services, console) =>
                {
                    var log = new AuditLog(services.GetRequiredService<HubDbContext>());
                    var first = parse.GetValue(from);
                    var report = await log.VerifyAsync(first, parse.GetValue(to), cancellationToken);
                    if (report.IsValid)
                    {
                        var head = await log.HeadSequenceAsync(cancellationToken);
                        await console.Output.WriteLineAsync(
                            $"The audit chain is intact: {report.CheckedCount} event(s) checked from sequence {first}; the log's head is sequence {head}.");
                        return;
                    }

                    broken = true;
                    await console.Error.WriteLineAsync(
                        $"audit verify: the chain is broken at sequence {report.FirstBadSequence}: {report.Problem}. " +
                        $"{report.CheckedCount} event(s) before it checked out.");
                });
            return exitCode != 0 ? exitCode : broken ? ChainBrokenExitCode : 0;
        });
        return verify;
    }

    private static Command CreateExport()
    {
        var (from, to) = RangeOptions();
        var format = new Option<AuditExportFormat>("--format")
        {
            Description = "ndjson (one JSON object per event, the canonical form embedded unchanged) or csv.",
            DefaultValueFactory = _ => AuditExportFormat.Ndjson,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The file to write; replaced only once the export is complete.",
            Required = true,
        };
        var export = new Command("export",
            "Write the stored audit events of a range, in sequence order, to a file: NDJSON or CSV, each event with " +
            "its sequence, hashes and canonical form, so the archive verifies without the database. Streams a page " +
            "at a time and reports progress on standard error.");
        export.Options.Add(format);
        export.Options.Add(output);
        export.Options.Add(from);
        export.Options.Add(to);
        var database = DatabaseOptionSet.AddTo(export);
        export.SetAction(async (parse, cancellationToken) =>
        {
            var failed = false;
            var exitCode = await HostedChore.RunAsync("audit export", database.HostArgs(parse), parse.InvocationConfiguration,
                async (services, console) =>
                {
                    var log = new AuditLog(services.GetRequiredService<HubDbContext>());
                    var target = parse.GetValue(output)!.FullName;
                    var partial = target + ".partial";
                    try
                    {
                        long written;
                        await using (var file = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                        {
                            file.NewLine = "\n";
                            written = await ProgressDisplay.RunAsync("audit export", console.Error, progress => AuditExport.WriteAsync(
                                log, parse.GetValue(format), file, parse.GetValue(from), parse.GetValue(to), progress, cancellationToken));
                        }

                        File.Move(partial, target, overwrite: true);
                        await console.Output.WriteLineAsync($"Exported {written} audit event(s) to {target}.");
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        failed = true;
                        await console.Error.WriteLineAsync($"audit export: cannot write {target}: {exception.Message}");
                    }
                    finally
                    {
                        if (File.Exists(partial))
                        {
                            File.Delete(partial);
                        }
                    }
                });
            return exitCode != 0 ? exitCode : failed ? 1 : 0;
        });
        return export;
    }

    /// <summary>The <c>--from</c> and <c>--to</c> options of a range of sequences.</summary>
    private static (Option<long> From, Option<long?> To) RangeOptions()
    {
        var from = new Option<long>("--from")
        {
            Description = "The first sequence of the range (default 1).",
            DefaultValueFactory = _ => 1,
        };
        var to = new Option<long?>("--to")
        {
            Description = "The last sequence of the range (default: the newest event).",
        };
        from.Validators.Add(result => RequirePositive(result, "--from"));
        to.Validators.Add(result => RequirePositive(result, "--to"));
        return (from, to);
    }

    private static void RequirePositive(OptionResult result, string name)
    {
        // A token that is not a number at all is reported by the parser; reading the value here would throw.
        if (result.Tokens is [.., var token]
            && long.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence) && sequence < 1)
        {
            result.AddError($"{name} must be a sequence, 1 or more, not {sequence}.");
        }
    }
}
