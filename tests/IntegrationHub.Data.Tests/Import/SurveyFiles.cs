using System.Globalization;
using System.Text;
using CsvHelper;
using IntegrationHub.Data.Import;

namespace IntegrationHub.Data.Tests.Import;

/// <summary>Survey files for the import tests: the committed samples, generated valid files of any size, and the
/// reject file read back.</summary>
public static class SurveyFiles
{
    /// <summary>The documented sample: three households, eight members, in pilot-province villages.</summary>
    public static string Valid => Sample("valid.csv");

    /// <summary>One row (or household) for each kind of fault, and two good households among them.</summary>
    public static string BadRows => Sample("bad-rows.csv");

    /// <summary>A fresh path in the temporary folder, for a file a test writes.</summary>
    public static string TempPath(string suffix = ".csv") => Path.Combine(Path.GetTempPath(), "hub_import_" + Guid.NewGuid().ToString("N") + suffix);

    /// <summary>Writes a valid file of <paramref name="households"/> households with three members each (a head,
    /// a spouse, a child) in village 18010101, household codes GEN-000001 onwards.</summary>
    public static string WriteGenerated(int households)
    {
        var path = TempPath();
        var text = new StringBuilder(string.Join(",", SurveyColumns.All)).Append("\r\n");
        var person = 0;
        for (var h = 1; h <= households; h++)
        {
            var household = $"GEN-{h:D6},,{h} หมู่ 1,18010101,180101,1801,18,Tpmap,Destitute";
            foreach (var (relation, born) in new[] { ("Head", "1970-01-01"), ("Spouse", "1972-05-05"), ("Child", "2010-10-10") })
            {
                text.Append(household).Append(',').Append(NationalId(++person))
                    .Append($",สมชาย,ใจดี,{born},Male,{relation},Primary,false,Healthy,None,,1000,false\r\n");
            }
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>A valid national ID built from a counter.</summary>
    public static string NationalId(int counter)
    {
        var firstTwelve = "3" + counter.ToString("D11", CultureInfo.InvariantCulture);
        return firstTwelve + ThaiNationalId.CheckDigit(firstTwelve).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The reject file's rows: source row number, reasons, and the fields as they were.</summary>
    public static List<(int Row, string Reasons, string[] Fields)> ReadRejects(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default);
        var rows = new List<(int, string, string[])>();
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            rows.Add((int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2..]));
        }

        return rows;
    }

    /// <summary>The data rows of <paramref name="path"/> (the header not counted).</summary>
    public static int DataRows(string path) => File.ReadAllLines(path).Skip(1).Count(line => line.Length > 0);

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name);
}
