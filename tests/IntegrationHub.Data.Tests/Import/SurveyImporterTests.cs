using IntegrationHub.Data.Import;
using IntegrationHub.Data.Model;
using IntegrationHub.Data.Progress;
using IntegrationHub.Data.Seeding;
using IntegrationHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrationHub.Data.DatabaseProvider;

namespace IntegrationHub.Data.Tests.Import;

public sealed class SurveyImporterTests : IDisposable
{
    // bad-rows.csv has a birth date in 2031, which must be in the future whenever the tests run.
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    private readonly string _rejects = SurveyFiles.TempPath(".rejects.csv");

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Import_ValidSample_AddsEveryHouseholdAndMemberWithTheirFeed(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);

        var tally = await ImportAsync(database, SurveyFiles.Valid);

        Assert.Equal((8, 0, 3, 8), (tally.RowsRead, tally.RowsRejected, tally.HouseholdsAdded, tally.MembersAdded));
        Assert.False(File.Exists(_rejects));
        await using var db = database.CreateContext();
        var household = await db.Households.Include(h => h.Members).SingleAsync(h => h.HouseholdCode == "BRM-0002");
        Assert.Equal(("31020000207", "7/1 ซอยวัดกลาง", "30020102"), (household.HouseCode, household.Address, household.VillageCode));
        var head = household.Members.Single(m => m.Relation == RelationToHead.Head);
        Assert.Equal(("สมหญิง", "ค้าขาย, รับจ้าง", 36_000.25m, new DateOnly(1985, 11, 3)),
            (head.FirstNameTh, head.Occupation, head.AnnualIncome, head.BirthDate));
        Assert.Equal("บ้านเลขที่ 3 \"บ้านริมคลอง\"", (await db.Households.SingleAsync(h => h.HouseholdCode == "NRT-0003")).Address);
        Assert.Equal(3 + 8, await db.Changes.CountAsync());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Import_SameFileTwice_ChangesNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        await ImportAsync(database, SurveyFiles.Valid);
        var feedBefore = await CountChangesAsync(database);

        Clock.Now = Clock.Now.AddDays(1);
        var again = await ImportAsync(database, SurveyFiles.Valid);

        Assert.Equal((8, 0, 0, 0, 0, 0), (again.RowsRead, again.RowsRejected, again.HouseholdsAdded, again.HouseholdsChanged,
            again.MembersAdded, again.MembersChanged));
        Assert.Equal(feedBefore, await CountChangesAsync(database));
        await using var db = database.CreateContext();
        Assert.Equal(3, await db.Households.CountAsync());
        Assert.Equal(8, await db.Members.CountAsync());
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Import_OneValueChanged_UpdatesThatMemberAndFeedsOneChange(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        await ImportAsync(database, SurveyFiles.Valid);
        var feedBefore = await CountChangesAsync(database);
        var changed = SurveyFiles.TempPath();
        try
        {
            File.WriteAllText(changed, File.ReadAllText(SurveyFiles.Valid).Replace(",36000.25,", ",41000,", StringComparison.Ordinal));

            var tally = await ImportAsync(database, changed);

            Assert.Equal((0, 0, 0, 1), (tally.HouseholdsAdded, tally.HouseholdsChanged, tally.MembersAdded, tally.MembersChanged));
            Assert.Equal(feedBefore + 1, await CountChangesAsync(database));
            await using var db = database.CreateContext();
            Assert.Equal(41_000m, (await db.Members.SingleAsync(m => m.FirstNameTh == "สมหญิง")).AnnualIncome);
        }
        finally
        {
            File.Delete(changed);
        }
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Import_BadRows_RejectsEachWithRowColumnAndReasonAndLosesNoRow(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);

        var tally = await ImportAsync(database, SurveyFiles.BadRows);

        var rejects = SurveyFiles.ReadRejects(_rejects);
        foreach (var (row, column, reason) in ExpectedRejections)
        {
            var reject = Assert.Single(rejects, r => r.Row == row);
            Assert.Contains(column.Length == 0 ? reason : $"{column}: {reason}", reject.Reasons, StringComparison.Ordinal);
        }

        // Every row is either imported (rows 29 and 30, two households of one member) or rejected, none twice.
        Assert.Equal(ExpectedRejections.Length, rejects.Count);
        Assert.Equal(SurveyFiles.DataRows(SurveyFiles.BadRows), tally.RowsRead);
        Assert.Equal((rejects.Count, 2, 2), (tally.RowsRejected, tally.HouseholdsAdded, tally.MembersAdded));
        Assert.Equal(tally.RowsRead, tally.RowsRejected + tally.MembersAdded);
        await using var db = database.CreateContext();
        Assert.Equal(["B-25", "OK-26"], await db.Households.OrderBy(h => h.HouseholdCode).Select(h => h.HouseholdCode!).ToListAsync());
    }

    [Fact]
    public async Task Import_RejectedRow_IsCopiedVerbatimAndTheRejectFileImportsOnceCorrected()
    {
        await using var database = await MigratedWithReferenceDataAsync(Sqlite);
        await ImportAsync(database, SurveyFiles.BadRows);
        var original = File.ReadAllLines(SurveyFiles.BadRows)[17 - 1].Split(',');

        var reject = Assert.Single(SurveyFiles.ReadRejects(_rejects), r => r.Row == 17);
        Assert.Equal(original, reject.Fields);

        var corrected = SurveyFiles.TempPath();
        try
        {
            // Row 17 says in_school "yes"; the operator fixes that one row of the reject file and imports it.
            var lines = File.ReadAllLines(_rejects, System.Text.Encoding.UTF8);
            File.WriteAllLines(corrected, [lines[0], lines.Single(l => l.StartsWith("17,", StringComparison.Ordinal)).Replace(",yes,", ",false,", StringComparison.Ordinal)]);

            var tally = await ImportAsync(database, corrected, SurveyFiles.TempPath());

            Assert.Equal((1, 0, 1), (tally.RowsRead, tally.RowsRejected, tally.HouseholdsAdded));
        }
        finally
        {
            File.Delete(corrected);
        }
    }

    [Theory, ProviderData(Sqlite), ProviderData(Postgres)]
    public async Task Import_CancelledMidFile_LeavesTheDatabaseAsItWasAndNoRejectFile(DatabaseProvider provider)
    {
        await using var database = await MigratedWithReferenceDataAsync(provider);
        await ImportAsync(database, SurveyFiles.Valid);
        var feedBefore = await CountChangesAsync(database);
        var large = SurveyFiles.WriteGenerated(households: 700);
        try
        {
            // Batches of 10 households: by the first progress report (row 1,000) some 33 batches have been saved
            // inside the import's transaction; cancelling there must undo all of them.
            using var cancel = new CancellationTokenSource();
            var progress = new SynchronousProgress(_ => cancel.Cancel());
            await using var db = database.CreateContext(Clock);
            var importer = new SurveyImporter(db, Clock, batchSize: 10);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync(large, _rejects, progress, cancel.Token));

            Assert.True(progress.Reports > 0);
            await using var check = database.CreateContext();
            Assert.Equal(3, await check.Households.CountAsync());
            Assert.Equal(8, await check.Members.CountAsync());
            Assert.Equal(feedBefore, await CountChangesAsync(database));
            Assert.False(File.Exists(_rejects));
            Assert.False(File.Exists(_rejects + ".partial"));
        }
        finally
        {
            File.Delete(large);
        }
    }

    [Theory]
    [InlineData("national_id", "๑๑๐๑๗๐๐๒๓๐๗๐๘", "national_id: is not a valid national ID: character 1 is not a digit 0-9.")]
    [InlineData("household_code", "HH1';DROP TABLE--", "household_code: may contain only")]
    [InlineData("village_code", "1801010１", "village_code: must be 8 digits.")]
    [InlineData("birth_date", "1975-02-30", "birth_date: '1975-02-30' is not a date in the form yyyy-MM-dd.")]
    [InlineData("annual_income", "1e5", "annual_income: '1e5' is not an amount in baht")]
    [InlineData("annual_income", "NaN", "annual_income: 'NaN' is not an amount in baht")]
    [InlineData("sex", "Male\u0000", "sex: 'Male\u0000' is not one of Male, Female.")]
    public async Task Import_HostileValue_IsRejectedWithItsReason(string column, string value, string reason)
    {
        await using var database = await MigratedWithReferenceDataAsync(Sqlite);
        var path = SurveyFiles.TempPath();
        try
        {
            var lines = File.ReadAllLines(SurveyFiles.Valid);
            var fields = lines[1].Split(',');  // CNT-0001's head, which alone is a valid household
            fields[Array.IndexOf(lines[0].Split(','), column)] = value;
            File.WriteAllLines(path, [lines[0], string.Join(",", fields)]);

            var tally = await ImportAsync(database, path);

            Assert.Equal((1, 1), (tally.RowsRead, tally.RowsRejected));
            Assert.StartsWith(reason, Assert.Single(SurveyFiles.ReadRejects(_rejects)).Reasons, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Import_RejectedFormulaLikeField_IsWrittenAsTextNotAFormula()
    {
        await using var database = await MigratedWithReferenceDataAsync(Sqlite);
        var path = SurveyFiles.TempPath();
        try
        {
            var lines = File.ReadAllLines(SurveyFiles.Valid);
            File.WriteAllLines(path, [lines[0], lines[1].Replace("ศรีสุข", "=HYPERLINK(\"http://x\")", StringComparison.Ordinal).Replace(",1968-02-14,", ",2568-02-14,", StringComparison.Ordinal)]);

            await ImportAsync(database, path);

            Assert.Contains("'=HYPERLINK(\"http://x\")", Assert.Single(SurveyFiles.ReadRejects(_rejects)).Fields);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Import_ByteOrderMark_IsTolerated()
    {
        await using var database = await MigratedWithReferenceDataAsync(Sqlite);
        var withBom = SurveyFiles.TempPath();
        try
        {
            File.WriteAllBytes(withBom, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(SurveyFiles.Valid)]);

            var tally = await ImportAsync(database, withBom);

            Assert.Equal((8, 0, 3), (tally.RowsRead, tally.RowsRejected, tally.HouseholdsAdded));
        }
        finally
        {
            File.Delete(withBom);
        }
    }

    [Fact]
    public async Task Import_NotUtf8_IsRefusedNamingTheEncodingAndWritesNothing()
    {
        await using var database = await MigratedWithReferenceDataAsync(Sqlite);
        var tis620 = SurveyFiles.TempPath();
        try
        {
            // The sample's header, then a row whose Thai name is in TIS-620 (0xCA 0xC1 ... is สม...), as legacy
            // Thai software exports it.
            var header = File.ReadAllLines(SurveyFiles.Valid)[0];
            byte[] row = [.. "CNT-0009,,1,18010101,180101,1801,18,Tpmap,Destitute,1100100000018,"u8, 0xCA, 0xC1, 0xAA, 0xD2, 0xC2,
                .. ",x,1968-02-14,Male,Head,Primary,false,Healthy,None,,0,false\r\n"u8];
            File.WriteAllBytes(tis620, [.. System.Text.Encoding.UTF8.GetBytes(header + "\r\n"), .. row]);

            var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(database, tis620));

            Assert.Contains("is not UTF-8", error.Message, StringComparison.Ordinal);
            Assert.Contains("TIS-620", error.Message, StringComparison.Ordinal);
            await using var db = database.CreateContext();
            Assert.Equal(0, await db.Households.CountAsync());
        }
        finally
        {
            File.Delete(tis620);
        }
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("household_code,national_id\r\nA,1\r\n", "lacks column(s) house_code, address")]
    [InlineData("household_code,household_code\r\n", "repeats column(s) household_code")]
    public async Task Import_UnusableHeader_IsRefusedNamingTheColumns(string content, string expected)
    {
        await using var database = await MigratedWithReferenceDataAsync(Sqlite);
        var path = SurveyFiles.TempPath();
        try
        {
            await File.WriteAllTextAsync(path, content);

            var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportAsync(database, path));

            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public void Dispose() => File.Delete(_rejects);

    /// <summary>Row, column (empty for the row as a whole) and the start of the reason, for each row of
    /// bad-rows.csv that must be rejected.</summary>
    private static readonly (int Row, string Column, string Reason)[] ExpectedRejections =
    [
        (2, "national_id", "is not a valid national ID: the last digit is not the check digit"),
        (3, "national_id", "is not a valid national ID: it must be 13 digits"),
        (4, "village_code", "village 18010199 is not in the hub's reference data."),
        (5, "subdistrict_code", "village 18010101 is in subdistrict 180101, not 180102."),
        (6, "district_code", "subdistrict 180201 is in district 1802, not 1801."),
        (7, "province_code", "district 1801 is in province 18, not 30."),
        (8, "birth_date", "year 2518 is a Buddhist Era year; write Common Era years (2518 BE is 1975 CE)."),
        (9, "birth_date", "'13/04/1975' is not a date in the form yyyy-MM-dd."),
        (10, "birth_date", "2031-01-01 is in the future."),
        (11, "sex", "'M' is not one of Male, Female."),
        (12, "education", "'2' is not one of None, PrePrimary,"),
        (13, "annual_income", "'-5' is not an amount in baht"),
        (14, "annual_income", "'1,200' is not an amount in baht"),
        (15, "annual_income", "25000000 is above the 10000000 baht limit."),
        (16, "annual_income", "100.125 has more than two decimal places"),
        (17, "in_school", "'yes' is not true or false."),
        (18, "first_name_th", "is required."),
        (19, "house_code", "must be 11 digits"),
        (20, "household_code", "may contain only"),
        (21, "", "the row has 20 field(s); the header has 22."),
        (22, "", "not imported because row 23 of household B-21 was rejected"),
        (23, "address", "differs from row 22 of household B-21"),
        (24, "relation", "household B-22 has no member whose relation is Head"),
        (25, "", "not imported because row 26 of household B-23 was rejected"),
        (26, "relation", "household B-23 already has its Head on row 25"),
        (27, "", "not imported because row 28 of household B-24 was rejected"),
        (28, "national_id", "the same national ID is on row 27 of this household"),
        (31, "household_code", "household B-25 appeared on earlier rows"),
        (32, "", "a quote is misplaced"),
    ];

    private async Task<ImportTally> ImportAsync(TestDatabase database, string path, string? rejects = null)
    {
        await using var db = database.CreateContext(Clock);
        return await new SurveyImporter(db, Clock).ImportAsync(path, rejects ?? _rejects, progress: null, CancellationToken.None);
    }

    private static async Task<TestDatabase> MigratedWithReferenceDataAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await HubSeeder.SeedAsync(db, households: 0, seed: 1, TimeProvider.System, progress: null, CancellationToken.None);
        return database;
    }

    private static async Task<int> CountChangesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Changes.CountAsync();
    }

    /// <summary>Calls back on the reporting thread, unlike <see cref="Progress{T}"/>, so that the test's reaction
    /// happens before the import goes on.</summary>
    private sealed class SynchronousProgress(Action<ProgressReport> onReport) : IProgress<ProgressReport>
    {
        public int Reports { get; private set; }

        public void Report(ProgressReport value)
        {
            Reports++;
            onReport(value);
        }
    }
}
