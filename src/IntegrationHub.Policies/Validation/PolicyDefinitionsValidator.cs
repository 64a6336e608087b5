using FluentValidation;

namespace IntegrationHub.Policies;

/// <summary>Checks a whole parsed folder: each part with its own validator, then what only the whole can show
/// (duplicate ids across files, MOUs that overlap).</summary>
internal sealed class PolicyDefinitionsValidator : AbstractValidator<PolicyDefinitions>
{
    public PolicyDefinitionsValidator(ISchemaCoordinates? schema)
    {
        RuleFor(set => set.Catalogue).SetValidator(new CatalogueValidator(schema));
        RuleFor(set => set.Agencies).Custom((agencies, context) => context.ReportDuplicates(agencies.Select(agency => agency.Code), "agency"));
        RuleFor(set => set.Clients).Custom((clients, context) => context.ReportDuplicates(clients.Select(client => client.Id), "client id"));
        RuleForEach(set => set.Clients).SetValidator((set, _) => new ClientValidator(AgencyCodes(set)));
        RuleFor(set => set.Mous).Custom((mous, context) => context.ReportDuplicates(mous.Select(mou => mou.Id), "MOU id"));
        RuleForEach(set => set.Mous).SetValidator((set, _) => new MouValidator(set.Catalogue, AgencyCodes(set), schema));
        RuleFor(set => set.Mous).Custom(ReportOverlaps);
    }

    private static HashSet<string> AgencyCodes(PolicyDefinitions set) =>
        set.Agencies.Select(agency => agency.Code.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Two MOUs of one grantee that allow a purpose on a common day leave a request under that purpose with
    /// two sets of rules; the officers must end one before the other starts, or split the purposes.</summary>
    private static void ReportOverlaps(IReadOnlyList<MouDefinition> mous, ValidationContext<PolicyDefinitions> context)
    {
        for (var later = 1; later < mous.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var (a, b) = (mous[earlier], mous[later]);
                var shared = a.Purposes.Select(p => p.Value).Intersect(b.Purposes.Select(p => p.Value), StringComparer.Ordinal).ToList();
                if (a.Grantee.Value == b.Grantee.Value && shared.Count > 0
                    && a.EffectiveFrom.Value <= b.EffectiveTo.Value && b.EffectiveFrom.Value <= a.EffectiveTo.Value)
                {
                    context.Report(PolicyErrorCode.OverlappingMous, b.Id.Location,
                        $"MOU \"{b.Id.Value}\" overlaps MOU \"{a.Id.Value}\" ({a.Id.Location}) for grantee \"{b.Grantee.Value}\" "
                        + $"and purpose {string.Join(", ", shared.Select(p => $"\"{p}\""))}; their effective dates must not share a day.");
                }
            }
        }
    }
}
