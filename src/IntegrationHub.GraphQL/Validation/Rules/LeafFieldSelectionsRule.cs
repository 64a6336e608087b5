using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections (spec 5.3.3). A field of scalar or enum type is a leaf and must not have a selection
/// set; a field of object, interface or union type must have one, since there is nothing else to return.
/// </summary>
public sealed class LeafFieldSelectionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
            {
                return true;
            }

            var name = field.Name.Value;
            if (type.Unwrapped.IsLeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(
                        $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                    field);
            }

            return true;
        }
    }
}
