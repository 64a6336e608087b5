using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness (spec 5.4.2). A field or directive may be given each of its arguments only once; a
/// second value for the same name would be ambiguous.
/// </summary>
public sealed class ArgumentUniquenessRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => [],
            };
            if (arguments.Count > 1)
            {
                foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
                {
                    if (group.Skip(1).Any())
                    {
                        context.ReportError(
                            $"There can be only one argument named \"{group.Key}\".", group.Select(argument => argument.Name));
                    }
                }
            }

            return true;
        }
    }
}
