using IntegrationHub.GraphQL.Language;
using IntegrationHub.GraphQL.Types;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field (spec 5.2.4.1). A subscription's source stream comes from exactly one root field, so its
/// top-level selection, after collecting fields through fragments, must have exactly one response name, and that
/// field must not be an introspection field. Because validation has no variables, <c>@skip</c> and
/// <c>@include</c> are forbidden at the top level, where they could change the number of fields.
/// </summary>
public sealed class SubscriptionSingleRootFieldRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
                && context.Schema.Subscription is { } subscriptionType)
            {
                Check(operation, subscriptionType);
            }

            return node is DocumentNode;
        }

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var collector = new RootFieldCollector(context, subscriptionType);
            collector.Collect(operation.SelectionSet);
            if (collector.ForbiddenDirectives.Count > 0)
            {
                context.ReportError(
                    $"{subject} must not use `@skip` or `@include` directives in the top level selection.",
                    collector.ForbiddenDirectives);
                return;
            }

            var fieldsByResponseName = collector.FieldsByResponseName;
            if (fieldsByResponseName.Count == 0)
            {
                // Every selection is a fragment that does not apply to the subscription type.
                context.ReportError($"{subject} must select one top level field.", operation.SelectionSet);
            }
            else if (fieldsByResponseName.Count > 1)
            {
                context.ReportError(
                    $"{subject} must select only one top level field.",
                    fieldsByResponseName.Values.Skip(1).SelectMany(fields => fields));
            }

            foreach (var fields in fieldsByResponseName.Values)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError($"{subject} must not select an introspection top level field.", fields);
                }
            }
        }
    }

    /// <summary>CollectSubscriptionFields: the spec's field collection without variables, recording each
    /// <c>@skip</c>/<c>@include</c> instead of evaluating it.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType objectType)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public Dictionary<string, List<FieldNode>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (HasForbiddenDirective(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!FieldsByResponseName.TryGetValue(field.ResponseKey, out var fields))
                        {
                            FieldsByResponseName[field.ResponseKey] = fields = [];
                        }

                        fields.Add(field);
                        break;
                    case InlineFragmentNode inline when inline.TypeCondition is null || Applies(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when _visitedFragments.Add(spread.Name.Value):
                        if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(fragment.TypeCondition))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        // A selection under @skip is left out whatever @include says, so only the first is recorded.
        private bool HasForbiddenDirective(SelectionNode selection)
        {
            var directive = selection.Directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Skip.Name)
                ?? selection.Directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Include.Name);
            if (directive is not null)
            {
                ForbiddenDirectives.Add(directive);
            }

            return directive is not null;
        }

        // DoesFragmentTypeApply (spec 6.3.2).
        private bool Applies(NamedTypeNode typeCondition) => context.Schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType type => ReferenceEquals(type, objectType),
            { } abstractType => context.Schema.IsSubType(abstractType, objectType),
            null => false,
        };
    }
}
