using IntegrationHub.GraphQL.Language;

namespace IntegrationHub.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (spec 5.1.1). A document sent for execution may only hold operations and fragments;
/// type system definitions and extensions are for building schemas and cannot be executed, so each one is an
/// error at the definition.
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node)
        {
            foreach (var definition in ((DocumentNode)node).Definitions)
            {
                if (definition is not ExecutableDefinitionNode)
                {
                    context.ReportError($"The {Describe(definition)} definition is not executable.", definition);
                }
            }

            return false;
        }

        private static string Describe(DefinitionNode definition) => definition switch
        {
            TypeDefinitionNode type => $"\"{type.Name.Value}\"",
            TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
            DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
            _ => "schema",
        };
    }
}
