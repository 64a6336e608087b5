using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec 5.6.1). Every literal value (argument, input field, list item, variable default)
/// must coerce to the type expected where it stands: no <c>null</c> for a non-null type, scalars and enums as
/// their literal coercion allows, objects only for input object types, and for a OneOf input object exactly one
/// field whose value is not <c>null</c> (spec 3.10.1). Variables are assumed to hold valid values; whether they
/// may stand where they are is All Variable Usages Are Allowed. Unknown and missing input object fields are the
/// subject of their own rules (spec 5.6.2, 5.6.4).
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // For each input object literal being walked, the fields a later field of the same name overrides;
        // null when there are none. Input Object Field Uniqueness reports the duplicates; like graphql-js,
        // only the last value given for a name is checked.
        private readonly Stack<HashSet<ObjectFieldNode>?> _overriddenFields = new();

        private TypeInfo TypeInfo => context.TypeInfo;

        public override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                case NullValueNode when TypeInfo.InputType is NonNullType nonNull:
                    context.ReportError($"Expected value of non-null type \"{nonNull}\" not to be null.", node);
                    break;
                // A list literal where no list is expected is checked whole against the position's type; its
                // items have no expected type of their own.
                case ListValueNode list when TypeInfo.ParentInputType is { } listPosition && listPosition.Nullable is not ListType:
                    CheckNonObjectValue(list, listPosition);
                    return false;
                case ObjectValueNode objectValue:
                    if (TypeInfo.InputType is not { Unwrapped: InputObjectType })
                    {
                        CheckNonObjectValue(objectValue, TypeInfo.InputType);
                        return false;
                    }

                    _overriddenFields.Push(OverriddenFields(objectValue));
                    break;
                case ObjectFieldNode field when _overriddenFields.Peek()?.Contains(field) == true:
                    return false;
                case IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or EnumValueNode:
                    CheckNonObjectValue((ValueNode)node, TypeInfo.InputType);
                    break;
            }

            return true;
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is not ObjectValueNode objectValue)
            {
                return;
            }

            _overriddenFields.Pop();
            // After the fields, so that errors inside the object come first, as in graphql-js.
            if (TypeInfo.InputType?.Unwrapped is InputObjectType { IsOneOf: true } oneOf)
            {
                CheckOneOf(objectValue, oneOf);
            }
        }

        private static HashSet<ObjectFieldNode>? OverriddenFields(ObjectValueNode value)
        {
            if (value.Fields.Count < 2)
            {
                return null;
            }

            var lastByName = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in value.Fields)
            {
                lastByName[field.Name.Value] = field;
            }

            return lastByName.Count == value.Fields.Count
                ? null
                : [.. value.Fields.Where(field => !ReferenceEquals(lastByName[field.Name.Value], field))];
        }

        // A scalar or enum literal, or a list or object literal where none is expected, which only a leaf type's
        // literal coercion can accept. Nothing is known to be expected at an unknown position.
        private void CheckNonObjectValue(ValueNode value, GraphQLType? locationType)
        {
            switch (locationType?.Unwrapped)
            {
                case ScalarType scalar:
                    Coerce(value, literal => scalar.ParseLiteral(literal));
                    break;
                case EnumType enumType:
                    Coerce(value, enumType.ParseLiteral);
                    break;
                case InputObjectType type:
                    context.ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {ValuePreview.Of(value)}.", value);
                    break;
            }
        }

        private void Coerce(ValueNode value, Func<ValueNode, object?> parseLiteral)
        {
            try
            {
                parseLiteral(value);
            }
            catch (CoercionException error)
            {
                context.ReportError(error.Message, value);
            }
        }

        // Spec 3.10.1, Input Coercion of OneOf Input Objects: exactly one known field, and its value not null.
        // Unknown fields are reported by Input Object Field Names and do not count here.
        private void CheckOneOf(ObjectValueNode value, InputObjectType type)
        {
            var knownFields = value.Fields.Where(field => type.GetField(field.Name.Value) is not null).Take(2).ToList();
            if (knownFields is not [{ Value: not NullValueNode }])
            {
                context.ReportError(
                    $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                    value);
            }
        }
    }
}
