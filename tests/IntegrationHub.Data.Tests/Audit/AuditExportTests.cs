using IntegrationHub.Data.Audit;
using IntegrationHub.Data.Progress;
using IntegrationHub.Data.Tests.Infrastructure;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Audit;

public sealed class AuditExportTests
{
    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Write_CsvWithAFormulaPurpose_EscapesTheColumnButNotTheCanonicalForm(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);
        await audit.Writer.AppendAsync(AuditStoreFixture.Event(1, purpose: "=HYPERLINK(\"http://x\")"));
        await using var db = audit.Database.CreateContext();
        var output = new StringWriter { NewLine = "\n" };
        var reports = new List<ProgressReport>();

        var written = await AuditExport.WriteAsync(new AuditLog(db), AuditExportFormat.Csv, output, 1, null, new Recorder(reports), CancellationToken.None);

        Assert.Equal(1, written);
        var record = output.ToString().Split('\n')[1];
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", record);
        Assert.Contains("\"purpose\"\":\"\"=HYPERLINK(", record);
        Assert.Equal(1.0, Assert.Single(reports).Fraction);
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Write_NdjsonOfARangePastTheHead_WritesNothing(DatabaseProvider provider)
    {
        await using var audit = await AuditStoreFixture.CreateAsync(provider);
        await audit.AppendAsync(2);
        await using var db = audit.Database.CreateContext();
        var output = new StringWriter();

        var written = await AuditExport.WriteAsync(new AuditLog(db), AuditExportFormat.Ndjson, output, 3, null, new Recorder([]), CancellationToken.None);

        Assert.Equal((0L, ""), (written, output.ToString()));
    }

    private sealed class Recorder(List<ProgressReport> reports) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value) => reports.Add(value);
    }
}
