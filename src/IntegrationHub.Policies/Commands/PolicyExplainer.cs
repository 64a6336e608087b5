using System.Globalization;
using System.Text;

namespace IntegrationHub.Policies;

/// <summary>What <c>policies explain --client X</c> reports.</summary>
/// <param name="Access">The client's access, or null when the set has no such client.</param>
/// <param name="Text">The access in words, for an MOU officer.</param>
public sealed record PolicyExplanation(ClientAccess? Access, string Text);

/// <summary>Renders what a client can see on a day: fields (with their scope, sensitivity and mask), area, purposes
/// and until when, MOU by MOU, in the words of the policy files.</summary>
public static class PolicyExplainer
{
    /// <summary>Explains <paramref name="clientId"/>'s access at <paramref name="instant"/> under <paramref name="set"/>.</summary>
    public static PolicyExplanation Explain(PolicySet set, string clientId, DateTimeOffset instant)
    {
        if (set.AccessFor(clientId, instant) is not { } access)
        {
            return new PolicyExplanation(null, $"No client \"{clientId}\" is defined in policy set {set.VersionHash}.\n");
        }

        var text = new StringBuilder();
        var client = access.Client;
        text.AppendLine($"Client:  {client.Id} ({PolicyVocabulary.Spelling(client.Authentication)}{(client.IsDevelopmentOnly ? ", demo client, Development only" : string.Empty)})");
        text.AppendLine($"Agency:  {access.Agency.Code}, {access.Agency.Name}");
        text.AppendLine($"Date:    {Format(access.Date)} (Asia/Bangkok)");
        text.AppendLine($"Policy:  {set.VersionHash}");
        if (access.AccessEnds is { } ends)
        {
            text.AppendLine($"Until:   {Format(ends)} inclusive (the latest end among the MOUs in force)");
        }

        if (access.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine($"No MOU is in force on {Format(access.Date)}: the client sees no data.");
        }

        foreach (var mou in access.MousInForce)
        {
            text.AppendLine();
            AppendMou(text, access, mou, set.Catalogue);
        }

        var otherMous = set.Mous.Where(mou => mou.Grantee == access.Agency.Code && !mou.IsInForceOn(access.Date)).ToList();
        if (otherMous.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Not in force today:");
            foreach (var mou in otherMous)
            {
                var when = mou.EffectiveTo < access.Date ? "ended" : "starts";
                var day = mou.EffectiveTo < access.Date ? mou.EffectiveTo : mou.EffectiveFrom;
                text.AppendLine($"  {mou.Id}: {mou.Title.English}, {when} {Format(day)}");
            }
        }

        return new PolicyExplanation(access, text.ToString());
    }

    private static void AppendMou(StringBuilder text, ClientAccess access, Mou mou, ScopeCatalogue catalogue)
    {
        var daysLeft = mou.EffectiveTo.DayNumber - access.Date.DayNumber;
        var remaining = daysLeft == 0 ? "today is the last day" : $"last day in {daysLeft} days";
        text.AppendLine($"MOU {mou.Id}: {mou.Title}");
        text.AppendLine($"  File:        {mou.SourceFile}");
        text.AppendLine($"  In force:    {Format(mou.EffectiveFrom)} to {Format(mou.EffectiveTo)} inclusive ({remaining})");
        text.AppendLine($"  Parties:     {string.Join(", ", mou.Parties)}");
        text.AppendLine($"  Legal basis: {string.Join("; ", mou.LegalBases.Select(basis => $"{basis.Code} {basis.Description}"))}");
        text.AppendLine($"  Area:        {mou.Area}");
        text.AppendLine($"  Rate limit:  {mou.RateLimit}");
        text.AppendLine("  Purposes:");
        foreach (var code in mou.Purposes)
        {
            text.AppendLine($"    {code}: {catalogue.FindPurpose(code)!.Description}");
        }

        var fields = access.FieldsGrantedBy(mou);
        var width = fields.Max(field => field.Coordinate.Length);
        text.AppendLine("  Fields:");
        foreach (var field in fields)
        {
            var mask = field.Mask is { } m ? $", masked {m.Notation}" : string.Empty;
            text.AppendLine($"    {field.Coordinate.PadRight(width)}  {field.Scope.Name} ({field.Scope.Sensitivity.ToString().ToLowerInvariant()}{mask})");
        }

        if (mou.Annex.Count > 0)
        {
            text.AppendLine("  Approved operations (annex):");
            foreach (var operation in mou.Annex)
            {
                text.AppendLine($"    {operation.Name}  {operation.DocumentPath}  {operation.DocumentId}");
            }
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
