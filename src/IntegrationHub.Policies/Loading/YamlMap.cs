using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Policies;

/// <summary>Reads one YAML mapping of a policy file: typed values with their locations, an error (and a null) for
/// each missing or malformed one, and an error for each key nobody asked for, since a misspelt optional key
/// (<c>maks:</c>) would otherwise silently drop a restriction.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string file, PolicyErrors errors)
    {
        _node = node;
        File = file;
        Errors = errors;
    }

    public string File { get; }

    public PolicyErrors Errors { get; }

    public SourceLocation Location => SourceLocation.At(File, _node.Start);

    /// <summary>The node as a mapping, or null (and an error) when it is something else.</summary>
    public static YamlMap? From(YamlNode node, string file, PolicyErrors errors, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, file, errors);
        }

        errors.Add(PolicyErrorCode.InvalidValue, SourceLocation.At(file, node.Start), $"{what} must be a mapping of keys to values.");
        return null;
    }

    public YamlNode? Optional(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public YamlNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            Errors.Add(PolicyErrorCode.MissingKey, Location, $"The key \"{key}\" is required here.");
        }

        return value;
    }

    public Located<string>? RequiredString(string key) => Required(key) is { } node ? Scalar(node, key) : null;

    public Located<string>? OptionalString(string key) => Optional(key) is { } node ? Scalar(node, key) : null;

    /// <summary>A required identifier: a code, name or id (letters, digits, '.', '-' and '_').</summary>
    public Located<string>? RequiredIdentifier(string key)
    {
        if (RequiredString(key) is not { } value)
        {
            return null;
        }

        if (!PolicyVocabulary.Identifier().IsMatch(value.Value))
        {
            Errors.Add(PolicyErrorCode.InvalidValue, value.Location,
                $"\"{key}\" may hold only letters, digits, '.', '-' and '_', not \"{value.Value}\".");
            return null;
        }

        return value;
    }

    public Located<DateOnly>? RequiredDate(string key)
    {
        if (RequiredString(key) is not { } text)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors.Add(PolicyErrorCode.InvalidValue, text.Location, $"\"{key}\" must be a date written yyyy-MM-dd, not \"{text.Value}\".");
            return null;
        }

        // Thai documents date by the Buddhist Era (2569 = 2026); a BE year copied from the signed paper would
        // otherwise put the MOU in force for five more centuries.
        if (date.Year > 2400)
        {
            Errors.Add(PolicyErrorCode.InvalidValue, text.Location,
                $"\"{key}\" year {date.Year} looks like a Buddhist Era year; write the Gregorian year {date.Year - 543}.");
            return null;
        }

        return new Located<DateOnly>(date, text.Location);
    }

    public Located<int>? RequiredPositiveInteger(string key)
    {
        if (RequiredString(key) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            Errors.Add(PolicyErrorCode.InvalidValue, text.Location, $"\"{key}\" must be a whole number of at least 1, not \"{text.Value}\".");
            return null;
        }

        return new Located<int>(number, text.Location);
    }

    /// <summary>One of <paramref name="choices"/>, by the spelling policy files use.</summary>
    public Located<T>? RequiredChoice<T>(string key, IReadOnlyDictionary<string, T> choices)
    {
        if (RequiredString(key) is not { } text)
        {
            return null;
        }

        if (!choices.TryGetValue(text.Value, out var choice))
        {
            Errors.Add(PolicyErrorCode.InvalidValue, text.Location,
                $"\"{key}\" must be one of {string.Join(", ", choices.Keys)}, not \"{text.Value}\".");
            return null;
        }

        return new Located<T>(choice, text.Location);
    }

    /// <summary>A non-empty list of strings.</summary>
    public IReadOnlyList<Located<string>>? RequiredStringList(string key) =>
        Required(key) is { } node ? StringList(node, key, allowEmpty: false) : null;

    public IReadOnlyList<YamlNode>? RequiredSequence(string key) =>
        Required(key) is { } node ? Sequence(node, key, allowEmpty: false) : null;

    public IReadOnlyList<YamlNode> OptionalSequence(string key) =>
        Optional(key) is { } node ? Sequence(node, key, allowEmpty: true) ?? [] : [];

    public LocalizedText? RequiredText(string key)
    {
        if (Required(key) is not { } node || From(node, File, Errors, $"\"{key}\"") is not { } text)
        {
            return null;
        }

        var thai = text.RequiredString("th");
        var english = text.RequiredString("en");
        text.RejectUnknownKeys();
        return thai is { } th && english is { } en ? new LocalizedText(th.Value, en.Value) : null;
    }

    /// <summary>Reports every key of the mapping that no read asked for. Call after reading all keys.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_read.Contains(name))
            {
                Errors.Add(PolicyErrorCode.UnknownKey, SourceLocation.At(File, key.Start),
                    $"Unknown key \"{name}\"; expected one of: {string.Join(", ", _read)}.");
            }
        }
    }

    public IReadOnlyList<Located<string>>? StringList(YamlNode node, string key, bool allowEmpty)
    {
        if (Sequence(node, key, allowEmpty) is not { } items)
        {
            return null;
        }

        var values = items.Select(item => Scalar(item, key)).ToList();
        return values.All(value => value is not null) ? values.Select(value => value!.Value).ToList() : null;
    }

    public Located<string>? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !string.IsNullOrWhiteSpace(value))
        {
            return new Located<string>(value.Trim(), SourceLocation.At(File, node.Start));
        }

        Errors.Add(PolicyErrorCode.InvalidValue, SourceLocation.At(File, node.Start), $"\"{key}\" must be a non-empty text value.");
        return null;
    }

    private IReadOnlyList<YamlNode>? Sequence(YamlNode node, string key, bool allowEmpty)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(PolicyErrorCode.InvalidValue, SourceLocation.At(File, node.Start), $"\"{key}\" must be a list.");
            return null;
        }

        if (!allowEmpty && sequence.Children.Count == 0)
        {
            Errors.Add(PolicyErrorCode.InvalidValue, SourceLocation.At(File, node.Start), $"\"{key}\" must list at least one item.");
            return null;
        }

        return sequence.Children.ToList();
    }
}
