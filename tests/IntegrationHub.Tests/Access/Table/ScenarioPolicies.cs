using System.Text;
using IntegrationHub.Policies;

namespace IntegrationHub.Tests.Access.Table;

/// <summary>A copy of policies/ whose MOUs are replaced by one arrangement per <see cref="AccessScenario"/>, all in
/// force together so that one hub serves every scenario. Each scenario has its own demo client (its agency's MOUs
/// are the scenario); the scope-not-granted scenario has one MOU per scope, told apart by a test purpose added to
/// the catalogue copy (<c>table-without-&lt;scope&gt;</c>), because a request is served under the one MOU that
/// allows its purpose. Dates are far from today (2020, 2099), so no run near midnight in Bangkok can flip a
/// scenario.</summary>
public static class ScenarioPolicies
{
    /// <summary>The province the outside-area MOU covers (Mukdahan); the sample records are taken in Kalasin.</summary>
    public const string OutsideAreaProvince = "49";

    /// <summary>The province the sample household, member and referral are taken from (Kalasin).</summary>
    public const string SampleProvince = "46";

    /// <summary>The masks of the granted scenario's MOU: one of each kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> GrantedMasks = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Member.nationalId"] = "keep-last-4",
        ["Household.address"] = "keep-first-3",
    };

    private const string CurrentPurposeOfMof = "welfare-card-eligibility";
    private const string CurrentPurposeOfPtt = "health-assistance";
    private const string LapsedPurpose = "referral-follow-up";

    /// <summary>The demo client that plays <paramref name="scenario"/>.</summary>
    public static string ClientOf(AccessScenario scenario) => scenario switch
    {
        AccessScenario.Granted => "eef-demo",
        AccessScenario.ScopeNotGranted => "sao-dontan-demo",
        AccessScenario.OutsideArea => "codi-demo",
        AccessScenario.MouExpired => "mof-demo",
        AccessScenario.MouNotYetInForce => "ptt-demo",
        AccessScenario.PurposeMissing or AccessScenario.PurposeNotAllowed => "pso-kalasin-demo",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
    };

    /// <summary>The purpose the request declares in <paramref name="scenario"/> (null: no Purpose header);
    /// <paramref name="withheldScope"/> picks the MOU of <see cref="AccessScenario.ScopeNotGranted"/>.</summary>
    public static string? PurposeOf(AccessScenario scenario, string? withheldScope = null) => scenario switch
    {
        AccessScenario.Granted => "education-equity-support",
        AccessScenario.ScopeNotGranted => WithoutPurpose(withheldScope ?? throw new ArgumentNullException(nameof(withheldScope))),
        AccessScenario.OutsideArea => "housing-repair",
        AccessScenario.MouExpired or AccessScenario.MouNotYetInForce => LapsedPurpose,
        AccessScenario.PurposeMissing => null,
        // Allowed to the Poh Teck Tung Foundation, never to the Kalasin office.
        AccessScenario.PurposeNotAllowed => "health-assistance",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
    };

    /// <summary>Copies policies/ and writes the scenario MOUs for the scopes of <paramref name="catalogue"/>.</summary>
    public static PolicyFolderCopy Create(ScopeCatalogue catalogue)
    {
        var copy = PolicyFolderCopy.Create();
        var scopes = catalogue.Scopes.Select(scope => scope.Name).ToList();
        copy.Edit("catalogue.yaml", "purposes:\n", "purposes:\n" + string.Concat(scopes.Select(TestPurpose)));

        // The oversight charter stays: the auditor reads the audit trail with it.
        foreach (var mou in Directory.GetFiles(Path.Combine(copy.Path, "mous"), "*.yaml").Where(file => !file.EndsWith("audit-oversight.yaml", StringComparison.Ordinal)))
        {
            File.Delete(mou);
        }

        var allInForce = new MouTerms(From: "2020-01-01", To: "2099-12-31");
        Write(copy, "granted", new MouText("TABLE-GRANTED", "eef", [PurposeOf(AccessScenario.Granted)!], scopes, allInForce, Area: null, GrantedMasks));
        Write(copy, "outside-area", new MouText("TABLE-AREA", "codi", [PurposeOf(AccessScenario.OutsideArea)!], scopes, allInForce, OutsideAreaProvince));
        Write(copy, "mof-current", new MouText("TABLE-MOF-CURRENT", "mof", [CurrentPurposeOfMof], scopes, allInForce));
        Write(copy, "expired", new MouText("TABLE-EXPIRED", "mof", [LapsedPurpose], scopes, new MouTerms("2020-01-01", "2020-12-31")));
        Write(copy, "ptt-current", new MouText("TABLE-PTT-CURRENT", "ptt", [CurrentPurposeOfPtt], scopes, allInForce));
        Write(copy, "not-yet", new MouText("TABLE-NOT-YET", "ptt", [LapsedPurpose], scopes, new MouTerms("2099-01-01", "2099-12-31")));
        Write(copy, "purpose", new MouText("TABLE-PURPOSE", "pso-kalasin", ["case-management"], scopes, allInForce));
        for (var i = 0; i < scopes.Count; i++)
        {
            var withheld = scopes[i];
            Write(copy, $"without-{i:D2}", new MouText(
                $"TABLE-WITHOUT-{i:D2}", "sao-dontan", [WithoutPurpose(withheld)], [.. scopes.Where(scope => scope != withheld)], allInForce));
        }

        return copy;
    }

    private static string WithoutPurpose(string scope) => "table-without-" + scope;

    private static string TestPurpose(string scope) => $"""
          - code: {WithoutPurpose(scope)}
            description:
              th: ทดสอบโดยไม่มีขอบเขต {scope}
              en: Test purpose whose MOU grants every scope but {scope}

        """;

    private static void Write(PolicyFolderCopy copy, string name, MouText mou) =>
        File.WriteAllText(Path.Combine(copy.Path, "mous", $"table-{name}.yaml"), mou.ToYaml());

    private sealed record MouTerms(string From, string To);

    private sealed record MouText(
        string Id, string Grantee, IReadOnlyList<string> Purposes, IReadOnlyList<string> Scopes, MouTerms Terms,
        string? Area = null, IReadOnlyDictionary<string, string>? Masks = null)
    {
        public string ToYaml()
        {
            var yaml = new StringBuilder()
                .Append($"id: {Id}\n")
                .Append("title:\n  th: ข้อตกลงสำหรับการทดสอบตารางสิทธิ์\n  en: Agreement for the guarded-field table test\n")
                .Append($"parties: [pmua, {Grantee}]\ngrantee: {Grantee}\n")
                // Signed on the first day of the earliest term, so that signed <= effective-from always holds.
                .Append($"signed: 2020-01-01\neffective-from: {Terms.From}\neffective-to: {Terms.To}\n")
                .Append("purposes:\n").AppendJoin("", Purposes.Select(purpose => $"  - {purpose}\n"))
                // The sensitive scopes need a section-26 basis.
                .Append("legal-basis:\n  - pdpa-24(4)\n  - pdpa-26-consent\n")
                .Append("scopes:\n").AppendJoin("", Scopes.Select(scope => $"  - {scope}\n"))
                .Append(Area is null ? "area: all\n" : $"area:\n  provinces:\n    - \"{Area}\"\n");
            if (Masks is { Count: > 0 })
            {
                yaml.Append("masks:\n").AppendJoin("", Masks.Select(mask => $"  {mask.Key}: {mask.Value}\n"));
            }

            return yaml.Append("rate-limit:\n  requests: 600\n  per: minute\n").ToString();
        }
    }
}
