using System.Text;

namespace IntegrationHub.Identity.Protocol;

/// <summary>Makes text safe as an <c>error_description</c>, which RFC 6749 section 5.2 and RFC 6750 section 3 limit
/// to <c>%x20-21 / %x23-5B / %x5D-7E</c> (printable ASCII without '"' and '\'). Descriptions may quote client
/// input, so anything else becomes '?'.</summary>
internal static class ErrorDescription
{
    public static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '?');
        }

        return builder.ToString();
    }
}
