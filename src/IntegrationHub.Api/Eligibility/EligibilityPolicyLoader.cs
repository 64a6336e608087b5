using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Api.Eligibility;

/// <summary>Reads and checks the eligibility list files of <c>policies/eligibility/</c>: one file per list, each
/// with the list's name, the day its criteria take effect, their source, and its thresholds, every threshold with a
/// value and the unit it is written in. The unit is checked against the one the rule expects, so that a monthly
/// figure written where a yearly one belongs is refused rather than applied.</summary>
public static class EligibilityPolicyLoader
{
    /// <summary>The file of the state welfare card list.</summary>
    public const string WelfareCardFile = "welfare-card.yaml";

    /// <summary>The file of the Equitable Education Fund list.</summary>
    public const string EefFile = "eef.yaml";

    /// <summary>The file of the CODI housing list.</summary>
    public const string CodiHousingFile = "codi-housing.yaml";

    /// <summary>The file of the Poh Teck Tung health list.</summary>
    public const string PohTeckTungFile = "poh-teck-tung.yaml";

    private const string Years = "years";

    /// <summary>Loads the four list files from <paramref name="folder"/>.</summary>
    /// <exception cref="EligibilityPolicyException">A file is missing, is not YAML, or has a missing or wrong field;
    /// the message names the file and the field.</exception>
    public static EligibilityPolicies Load(string folder)
    {
        var welfareCard = Read(folder, WelfareCardFile);
        var eef = Read(folder, EefFile);
        var policies = new EligibilityPolicies(
            new WelfareCardPolicy(
                welfareCard.Policy,
                welfareCard.WholeNumber("minimum-age", Years),
                welfareCard.Amount("maximum-annual-income", "baht per person per year")),
            new EefPolicy(
                eef.Policy,
                eef.WholeNumber("minimum-age", Years),
                eef.WholeNumber("maximum-age", Years),
                eef.Amount("maximum-monthly-income-per-person", "baht per person per month")),
            Read(folder, CodiHousingFile).Policy,
            Read(folder, PohTeckTungFile).Policy);
        if (policies.Eef.MaximumAge < policies.Eef.MinimumAge)
        {
            throw new EligibilityPolicyException(Path.Combine(folder, EefFile), "thresholds.maximum-age.value", null,
                $"the maximum age {policies.Eef.MaximumAge} is below the minimum age {policies.Eef.MinimumAge}.");
        }

        return policies;
    }

    private static ListFile Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new EligibilityPolicyException(path, null, null, "the file is missing; every eligibility list needs its policy file.");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new EligibilityPolicyException(path, null, (int)e.Start.Line, $"not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new EligibilityPolicyException(path, null, null, "expected one YAML document holding a mapping (list, effective-from, source, thresholds).");
        }

        var file = new ListFile(path, root);
        var expectedList = Path.GetFileNameWithoutExtension(name);
        var list = file.Text(root, "list");
        if (list != expectedList)
        {
            throw file.Error("list", root, $"is \"{list}\", but this file holds the \"{expectedList}\" list.");
        }

        return file;
    }

    /// <summary>One parsed file, with the readers that turn its fields into values or errors naming the field.</summary>
    private sealed class ListFile(string path, YamlMappingNode root)
    {
        public ListPolicy Policy => new(
            Text(root, "list"),
            Date(root, "effective-from"),
            new PolicySource(
                Text(Source, "publisher", "source."),
                Text(Source, "title", "source."),
                OptionalText(Source, "url"),
                OptionalText(Source, "note")));

        private YamlMappingNode Source => Mapping(root, "source", "");

        private YamlMappingNode Thresholds => Mapping(root, "thresholds", "");

        public int WholeNumber(string name, string unit)
        {
            var (text, node) = Value(name, unit);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw Error($"thresholds.{name}.value", node, $"is \"{text}\", but must be a whole number of {unit} (0 or more).");
        }

        public decimal Amount(string name, string unit)
        {
            var (text, node) = Value(name, unit);
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0
                ? amount
                : throw Error($"thresholds.{name}.value", node, $"is \"{text}\", but must be a positive amount in {unit}, digits with an optional decimal point.");
        }

        public string Text(YamlMappingNode map, string key, string prefix = "") =>
            OptionalText(map, key) is { Length: > 0 } text
                ? text
                : throw Error(prefix + key, map, "is missing or empty.");

        public EligibilityPolicyException Error(string field, YamlNode near, string problem) =>
            new(path, field, (int)near.Start.Line, problem);

        private (string Text, YamlNode Node) Value(string name, string unit)
        {
            var threshold = Mapping(Thresholds, name, "thresholds.");
            var actualUnit = Text(threshold, "unit", $"thresholds.{name}.");
            if (actualUnit != unit)
            {
                throw Error($"thresholds.{name}.unit", threshold, $"is \"{actualUnit}\", but the rule reads this threshold in \"{unit}\"; convert the value and write that unit.");
            }

            var node = Child(threshold, "value");
            return node is YamlScalarNode { Value: { Length: > 0 } text }
                ? (text, node)
                : throw Error($"thresholds.{name}.value", threshold, "is missing; give a number.");
        }

        private DateOnly Date(YamlMappingNode map, string key)
        {
            var text = Text(map, key);
            // A year of 2400 or later is a Buddhist Era year (2400 BE is 1857): refused, or the policy would take effect
            // 543 years late.
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.Year < 2400
                ? date
                : throw Error(key, map.Children[new YamlScalarNode(key)], $"is \"{text}\", but must be a Gregorian date yyyy-MM-dd (2025, not the Buddhist Era 2568).");
        }

        private YamlMappingNode Mapping(YamlMappingNode map, string key, string prefix) =>
            Child(map, key) as YamlMappingNode
            ?? throw Error(prefix + key, map, "is missing or not a mapping.");

        private static string? OptionalText(YamlMappingNode map, string key) =>
            (Child(map, key) as YamlScalarNode)?.Value?.Trim();

        private static YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }
}
