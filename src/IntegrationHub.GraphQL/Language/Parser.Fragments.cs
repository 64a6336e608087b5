namespace IntegrationHub.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives? |
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet.
    /// After <c>...</c>, the keyword <c>on</c> or anything but a name means an inline fragment.
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(SpanFrom(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(SpanFrom(start), typeCondition, directives, selectionSet);
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet ;
    /// TypeCondition : on NamedType</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(SpanFrom(start), description, name, typeCondition, directives, selectionSet);
    }

    /// <summary>FragmentName : Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
