using FluentValidation;

namespace IntegrationHub.Policies;

/// <summary>Checks that a client key is a usable public signing JWK: RFC 7517 section 4 members, the members RFC 7518
/// section 6.2.1 (EC) or 6.3.1 (RSA) requires, base64url values, and no private member (6.2.2, 6.3.2), since a private
/// key committed to a policy file would be a leaked key.</summary>
internal sealed class JwkValidator : AbstractValidator<JwkDefinition>
{
    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    private static readonly Dictionary<string, string[]> RequiredMembers = new(StringComparer.Ordinal)
    {
        ["EC"] = ["crv", "x", "y"],
        ["RSA"] = ["n", "e"],
    };

    private static readonly Dictionary<string, int> CoordinateBytes = new(StringComparer.Ordinal)
    {
        ["P-256"] = 32,
        ["P-384"] = 48,
        ["P-521"] = 66,
    };

    public JwkValidator() => RuleFor(key => key).Custom(Check);

    private static void Check(JwkDefinition key, ValidationContext<JwkDefinition> context)
    {
        foreach (var member in PrivateMembers.Where(key.Members.ContainsKey))
        {
            context.Report(PolicyErrorCode.InvalidPublicKey, key.Members[member].Location,
                $"The key holds the private member \"{member}\"; a policy may hold only public keys. Treat this key as leaked and replace it.");
        }

        if (!key.Members.TryGetValue("kid", out _))
        {
            context.Report(PolicyErrorCode.InvalidPublicKey, key.Location, "The key needs a \"kid\" so that assertions can name it.");
        }

        if (key.Members.TryGetValue("use", out var use) && use.Value != "sig")
        {
            context.Report(PolicyErrorCode.InvalidPublicKey, use.Location, $"The key's \"use\" must be \"sig\", not \"{use.Value}\".");
        }

        if (!key.Members.TryGetValue("kty", out var type))
        {
            context.Report(PolicyErrorCode.InvalidPublicKey, key.Location, "The key needs a \"kty\": \"EC\" or \"RSA\".");
            return;
        }

        if (!RequiredMembers.TryGetValue(type.Value, out var required))
        {
            context.Report(PolicyErrorCode.InvalidPublicKey, type.Location, $"The key's \"kty\" must be \"EC\" or \"RSA\", not \"{type.Value}\".");
            return;
        }

        foreach (var member in required)
        {
            if (!key.Members.ContainsKey(member))
            {
                context.Report(PolicyErrorCode.InvalidPublicKey, key.Location, $"An {type.Value} key needs the member \"{member}\".");
            }
        }

        foreach (var member in required.Where(member => member != "crv" && key.Members.ContainsKey(member)))
        {
            var value = key.Members[member];
            if (!TryDecodeBase64Url(value.Value, out var bytes))
            {
                context.Report(PolicyErrorCode.InvalidPublicKey, value.Location, $"The member \"{member}\" must be base64url.");
            }
            else if (type.Value == "EC" && key.Members.TryGetValue("crv", out var curve)
                && CoordinateBytes.TryGetValue(curve.Value, out var length) && bytes.Length != length)
            {
                context.Report(PolicyErrorCode.InvalidPublicKey, value.Location,
                    $"The coordinate \"{member}\" of a {curve.Value} key must be {length} bytes, not {bytes.Length}.");
            }
        }

        if (type.Value == "EC" && key.Members.TryGetValue("crv", out var crv) && !CoordinateBytes.ContainsKey(crv.Value))
        {
            context.Report(PolicyErrorCode.InvalidPublicKey, crv.Location, $"The curve must be P-256, P-384 or P-521, not \"{crv.Value}\".");
        }
    }

    /// <summary>Base64url without padding, RFC 7515 section 2 (Base64url Encoding).</summary>
    private static bool TryDecodeBase64Url(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        var buffer = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
