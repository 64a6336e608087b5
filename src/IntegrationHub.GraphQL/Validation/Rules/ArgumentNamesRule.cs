using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (spec 5.4.1). Every argument given to a field or directive must be defined by that field or
/// directive. Arguments of unknown fields and directives are left alone, as other rules report those.
/// </summary>
public sealed class ArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is not ArgumentNode argument || context.TypeInfo.Argument is not null)
            {
                return true;
            }

            var name = argument.Name.Value;
            switch (context.ParentNode)
            {
                case DirectiveNode when context.TypeInfo.Directive is { } directive:
                    context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\".", argument);
                    break;
                case FieldNode when context.TypeInfo is { FieldDefinition: { } field, ParentType: { } parentType }:
                    context.ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".", argument);
                    break;
            }

            return false;
        }
    }
}
