using System.Security.Cryptography;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Policies;

/// <summary>Reads one MOU file (<c>mous/*.yaml</c>).</summary>
internal static class MouParser
{
    /// <summary>Parses <paramref name="file"/>; annex documents are looked up among <paramref name="annexDocuments"/>
    /// (the folder's <c>annex/</c> files by relative path), so an annex can only point inside the policy folder.</summary>
    public static MouDefinition? Parse(PolicyFile file, IReadOnlyDictionary<string, PolicyFile> annexDocuments, PolicyErrors errors)
    {
        if (file.ReadYamlRoot(errors) is not { } root || YamlMap.From(root, file.DisplayPath, errors, "An MOU") is not { } map)
        {
            return null;
        }

        var id = map.RequiredIdentifier("id");
        var title = map.RequiredText("title");
        var parties = map.RequiredStringList("parties");
        var grantee = map.RequiredIdentifier("grantee");
        var signed = map.RequiredDate("signed");
        var effectiveFrom = map.RequiredDate("effective-from");
        var effectiveTo = map.RequiredDate("effective-to");
        var purposes = map.RequiredStringList("purposes");
        var legalBases = map.RequiredStringList("legal-basis");
        var scopes = map.RequiredStringList("scopes");
        var area = map.Required("area") is { } areaNode ? ParseArea(areaNode, map) : null;
        var masks = map.Optional("masks") is { } masksNode ? ParseMasks(masksNode, map) : [];
        var annex = map.OptionalSequence("annex").Select(node => ParseAnnexEntry(node, map, annexDocuments)).ToList();
        var rateLimit = map.Required("rate-limit") is { } limitNode ? ParseRateLimit(limitNode, map) : null;
        var deniedFields = map.Optional("denied-fields") is null
            ? DeniedFieldHandling.FieldError
            : map.RequiredChoice("denied-fields", DeniedFieldChoices)?.Value;
        map.RejectUnknownKeys();

        if (id is not { } i || title is null || parties is null || grantee is not { } g || signed is not { } s
            || effectiveFrom is not { } from || effectiveTo is not { } to || purposes is null || legalBases is null
            || scopes is null || area is null || masks is null || annex.Contains(null) || rateLimit is null || deniedFields is not { } denied)
        {
            return null;
        }

        return new MouDefinition(i, title, parties, g, s, from, to, purposes, legalBases, scopes, area, masks, annex!, rateLimit, denied, file.DisplayPath);
    }

    private static readonly IReadOnlyDictionary<string, DeniedFieldHandling> DeniedFieldChoices =
        new Dictionary<string, DeniedFieldHandling>(StringComparer.Ordinal)
        {
            ["field-error"] = DeniedFieldHandling.FieldError,
            ["reject-operation"] = DeniedFieldHandling.RejectOperation,
        };

    /// <summary><c>area: all</c>, or a mapping with <c>provinces</c>, <c>districts</c> and/or <c>subdistricts</c>
    /// (official codes).</summary>
    private static MouArea? ParseArea(YamlNode node, YamlMap parent)
    {
        if (node is YamlScalarNode { Value: "all" })
        {
            return MouArea.WholeCountry;
        }

        if (node is not YamlMappingNode)
        {
            parent.Errors.Add(PolicyErrorCode.InvalidValue, SourceLocation.At(parent.File, node.Start),
                "\"area\" must be \"all\" or a mapping with \"provinces\", \"districts\" and/or \"subdistricts\".");
            return null;
        }

        var map = YamlMap.From(node, parent.File, parent.Errors, "\"area\"")!;

        var provinces = map.Optional("provinces") is { } p ? map.StringList(p, "provinces", allowEmpty: false) : [];
        var districts = map.Optional("districts") is { } d ? map.StringList(d, "districts", allowEmpty: false) : [];
        var subdistricts = map.Optional("subdistricts") is { } s ? map.StringList(s, "subdistricts", allowEmpty: false) : [];
        map.RejectUnknownKeys();
        if (provinces is null || districts is null || subdistricts is null)
        {
            return null;
        }

        if (provinces.Count + districts.Count + subdistricts.Count == 0)
        {
            map.Errors.Add(PolicyErrorCode.InvalidValue, map.Location, "\"area\" must list at least one province, district or subdistrict.");
            return null;
        }

        var valid = CheckCodes(provinces, 2, "province", map) & CheckCodes(districts, 4, "district", map) & CheckCodes(subdistricts, 6, "subdistrict", map);
        return valid
            ? MouArea.Of(provinces.Select(code => code.Value), districts.Select(code => code.Value), subdistricts.Select(code => code.Value))
            : null;
    }

    private static bool CheckCodes(IReadOnlyList<Located<string>> codes, int digits, string unit, YamlMap map)
    {
        var valid = true;
        foreach (var code in codes.Where(code => code.Value.Length != digits || !code.Value.All(char.IsAsciiDigit)))
        {
            map.Errors.Add(PolicyErrorCode.InvalidValue, code.Location, $"\"{code.Value}\" is not a {digits}-digit {unit} code.");
            valid = false;
        }

        return valid;
    }

    /// <summary><c>masks:</c> maps a coordinate to <c>keep-last-N</c> or <c>keep-first-N</c>.</summary>
    private static IReadOnlyList<Located<FieldMask>>? ParseMasks(YamlNode node, YamlMap parent)
    {
        if (node is not YamlMappingNode mapping)
        {
            parent.Errors.Add(PolicyErrorCode.InvalidValue, SourceLocation.At(parent.File, node.Start),
                "\"masks\" must map field coordinates to masks, e.g. \"Member.nationalId: keep-last-4\".");
            return null;
        }

        var masks = new List<Located<FieldMask>>();
        var valid = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var coordinate = parent.Scalar(keyNode, "masks");
            var notation = parent.Scalar(valueNode, "masks");
            if (coordinate is not { } c || notation is not { } n)
            {
                valid = false;
                continue;
            }

            if (!PolicyVocabulary.FieldCoordinate().IsMatch(c.Value))
            {
                parent.Errors.Add(PolicyErrorCode.InvalidValue, c.Location, $"\"{c.Value}\" is not a field coordinate; write Type.field.");
                valid = false;
            }
            else if (ParseMask(c.Value, n.Value) is { } mask)
            {
                masks.Add(new Located<FieldMask>(mask, c.Location));
            }
            else
            {
                parent.Errors.Add(PolicyErrorCode.InvalidValue, n.Location,
                    $"\"{n.Value}\" is not a mask; write keep-last-N or keep-first-N.");
                valid = false;
            }
        }

        return valid ? masks : null;
    }

    private static FieldMask? ParseMask(string coordinate, string notation)
    {
        var keep = PolicyVocabulary.KeepMask().Match(notation);
        if (!keep.Success)
        {
            return null;
        }

        var kind = keep.Groups[1].Value == "last" ? MaskKind.KeepLast : MaskKind.KeepFirst;
        return new FieldMask(coordinate, kind, int.Parse(keep.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static AnnexDefinition? ParseAnnexEntry(YamlNode node, YamlMap parent, IReadOnlyDictionary<string, PolicyFile> annexDocuments)
    {
        if (YamlMap.From(node, parent.File, parent.Errors, "An annex entry") is not { } map)
        {
            return null;
        }

        var name = map.RequiredIdentifier("operation");
        var path = map.RequiredString("document");
        map.RejectUnknownKeys();
        if (name is not { } n || path is not { } p)
        {
            return null;
        }

        if (!annexDocuments.TryGetValue(p.Value, out var document))
        {
            map.Errors.Add(PolicyErrorCode.MissingFile, p.Location,
                $"The annex document \"{p.Value}\" is not in the policy folder; annex documents are annex/**/*.graphql, named relative to the folder.");
            return null;
        }

        var documentId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(document.Content));
        return new AnnexDefinition(n, new ApprovedOperation(n.Value, p.Value, documentId, System.Text.Encoding.UTF8.GetString(document.Content)));
    }

    private static RateLimit? ParseRateLimit(YamlNode node, YamlMap parent)
    {
        if (YamlMap.From(node, parent.File, parent.Errors, "\"rate-limit\"") is not { } map)
        {
            return null;
        }

        var requests = map.RequiredPositiveInteger("requests");
        var window = map.RequiredChoice("per", RateLimit.Windows);
        map.RejectUnknownKeys();
        return requests is { } r && window is { } w ? new RateLimit(r.Value, w.Value) : null;
    }
}
