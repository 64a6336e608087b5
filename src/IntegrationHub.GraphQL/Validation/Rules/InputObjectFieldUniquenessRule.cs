using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness (spec 5.6.3). An input object literal may give each field only once; a second
/// value for the same name would be ambiguous.
/// </summary>
public sealed class InputObjectFieldUniquenessRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is ObjectValueNode { Fields.Count: > 1 } value)
            {
                var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in value.Fields)
                {
                    if (!seen.TryAdd(field.Name.Value, field.Name))
                    {
                        context.ReportError(
                            $"There can be only one input field named \"{field.Name.Value}\".", seen[field.Name.Value], field.Name);
                    }
                }
            }

            return true;
        }
    }
}
