using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (spec 5.4.3). An argument of non-null type without a default value must be given
/// whenever its field or directive is used. (Giving it the value <c>null</c> is a value error, reported by
/// Values of Correct Type.)
/// </summary>
public sealed class RequiredArgumentsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(SyntaxNode node)
        {
            switch (node)
            {
                case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                    foreach (var missing in Missing(definition.Arguments, field.Arguments))
                    {
                        context.ReportError(
                            $"Argument \"{missing.Coordinate}\" of type \"{missing.Type}\" is required, but it was not provided.", field);
                    }

                    break;
                case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } definition:
                    foreach (var missing in Missing(definition.Arguments, directive.Arguments))
                    {
                        context.ReportError(
                            $"Argument \"@{definition.Name}({missing.Name}:)\" of type \"{missing.Type}\" is required, but it was not provided.",
                            directive);
                    }

                    break;
            }
        }

        private static IEnumerable<InputValueDefinition> Missing(
            IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> given) =>
            definitions.Where(definition =>
                definition.IsRequired && !given.Any(argument => argument.Name.Value == definition.Name));
    }
}
