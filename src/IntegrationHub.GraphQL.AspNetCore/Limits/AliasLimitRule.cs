using IntegrationHub.GraphQL.AspNetCore.Errors;
using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Validation;

namespace IntegrationHub.GraphQL.AspNetCore.Limits;

/// <summary>Refuses a document that writes more than <paramref name="maxAliases"/> aliases. Aliases let one field be
/// asked for again and again in a single request (<c>a1: households a2: households …</c>); they are counted where
/// they are written, since repetition through fragments is what the cost limit measures.</summary>
/// <param name="maxAliases">The most aliases allowed.</param>
public sealed class AliasLimitRule(int maxAliases) : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxAliases);

    private sealed class Visitor(ValidationContext context, int maxAliases) : ValidationVisitor
    {
        private int _count;

        public override bool Enter(SyntaxNode node)
        {
            // Reported once, at the first alias over the limit, so a hostile document yields one error, not
            // thousands.
            if (node is FieldNode { Alias: { } alias } && ++_count == maxAliases + 1)
            {
                context.ReportError(LimitErrors.At(alias, GraphQLErrorCodes.MaxAliasesExceeded,
                    $"The document uses more than {maxAliases} aliases; this is alias number {maxAliases + 1}."));
            }

            return true;
        }
    }
}
