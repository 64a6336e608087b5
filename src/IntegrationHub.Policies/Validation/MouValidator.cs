using FluentValidation;

namespace IntegrationHub.Policies;

/// <summary>Checks one MOU against the catalogue and the agencies: known parties, purposes, bases and scopes; dates in
/// order; masks only on fields it opens; and PDPA section 26 for sensitive scopes.</summary>
internal sealed class MouValidator : AbstractValidator<MouDefinition>
{
    public MouValidator(CatalogueDefinition catalogue, IReadOnlySet<string> agencyCodes, ISchemaCoordinates? schema)
    {
        // A duplicated scope name is reported by the catalogue validator; here the first definition stands.
        var scopes = catalogue.Scopes.DistinctBy(scope => scope.Name.Value).ToDictionary(scope => scope.Name.Value, StringComparer.Ordinal);
        var purposes = catalogue.Purposes.Select(purpose => purpose.Code.Value).ToHashSet(StringComparer.Ordinal);

        RuleForEach(mou => mou.Parties)
            .Must(party => agencyCodes.Contains(party.Value))
            .Reject(PolicyErrorCode.UnknownAgency, (mou, party) => $"MOU \"{mou.Id.Value}\" names the unknown agency \"{party.Value}\" as a party.");
        RuleFor(mou => mou.Grantee)
            .Must((mou, grantee) => mou.Parties.Any(party => party.Value == grantee.Value))
            .Reject(PolicyErrorCode.InvalidValue, (mou, grantee) => $"The grantee \"{grantee.Value}\" of MOU \"{mou.Id.Value}\" is not one of its parties.");

        // Signed, then in force, then over: a later effective-from than signing is normal; the reverse would put data
        // access before anyone agreed to it.
        RuleFor(mou => mou.EffectiveFrom)
            .Must((mou, from) => mou.Signed.Value <= from.Value)
            .Reject(PolicyErrorCode.DatesOutOfOrder, (mou, from) => $"\"effective-from\" {from.Value:yyyy-MM-dd} is before the MOU was signed ({mou.Signed.Value:yyyy-MM-dd}).");
        RuleFor(mou => mou.EffectiveTo)
            .Must((mou, to) => mou.EffectiveFrom.Value <= to.Value)
            .Reject(PolicyErrorCode.DatesOutOfOrder, (mou, to) => $"\"effective-to\" {to.Value:yyyy-MM-dd} is before \"effective-from\" {mou.EffectiveFrom.Value:yyyy-MM-dd}.");

        RuleForEach(mou => mou.Purposes)
            .Must(purpose => purposes.Contains(purpose.Value))
            .Reject(PolicyErrorCode.UnknownPurpose, (_, purpose) => $"The catalogue defines no purpose \"{purpose.Value}\".");
        RuleForEach(mou => mou.LegalBases)
            .Must(basis => LegalBasis.Find(basis.Value) is not null)
            .Reject(PolicyErrorCode.UnknownLegalBasis, (_, basis) => $"\"{basis.Value}\" is not a known PDPA basis; see the list in policies/README.md.");
        RuleForEach(mou => mou.Scopes)
            .Must(scope => scopes.ContainsKey(scope.Value))
            .Reject(PolicyErrorCode.UnknownScope, (_, scope) => $"The catalogue defines no scope \"{scope.Value}\".");

        // PDPA section 26: sensitive data (health, disability, among others) may be disclosed only on one of that
        // section's bases, whatever section 24 basis covers the rest of the MOU.
        RuleForEach(mou => mou.Scopes)
            .Must((mou, scope) => !IsSensitive(scope.Value) || mou.LegalBases.Any(basis => LegalBasis.Find(basis.Value)?.PermitsSensitiveData == true))
            .Reject(PolicyErrorCode.SensitiveScopeWithoutSection26,
                (_, scope) => $"The scope \"{scope.Value}\" is sensitive (PDPA section 26); \"legal-basis\" must cite a section-26 basis such as pdpa-26(5)(a).");

        RuleForEach(mou => mou.Masks)
            .Must((mou, mask) => OpenedFields(mou).Contains(mask.Value.Coordinate))
            .Reject(PolicyErrorCode.MaskOutsideGrant,
                (_, mask) => $"The mask on \"{mask.Value.Coordinate}\" has no effect: none of this MOU's scopes opens that field.");

        // A masked value is shortened text; on a field of another type (a Date, a number) it would not be a value of
        // that type, and the response would carry an error instead of the masked value.
        if (schema is not null)
        {
            RuleForEach(mou => mou.Masks)
                .Must(mask => !schema.Contains(mask.Value.Coordinate) || schema.IsText(mask.Value.Coordinate))
                .Reject(PolicyErrorCode.MaskOnNonText,
                    (_, mask) => $"\"{mask.Value.Coordinate}\" is not a text field, so it cannot be masked; leave it out of the MOU's scopes instead (a narrower scope may exist, such as Member.birthYear for birth dates).");
        }

        bool IsSensitive(string scope) => scopes.TryGetValue(scope, out var definition) && definition.Sensitivity == Sensitivity.Sensitive;

        HashSet<string> OpenedFields(MouDefinition mou) => mou.Scopes
            .Where(scope => scopes.ContainsKey(scope.Value))
            .SelectMany(scope => scopes[scope.Value].Fields, (_, field) => field.Value)
            .ToHashSet(StringComparer.Ordinal);
    }
}
