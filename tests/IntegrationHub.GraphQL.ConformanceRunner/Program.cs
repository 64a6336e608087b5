using System.Text;
using System.Text.Json;
using IntegrationHub.GraphQL.ConformanceRunner;

// One case per line in, one result per line out, until stdin ends (tests/conformance/README.md).
var runner = new CaseRunner();
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
await using var output = Console.OpenStandardOutput();
while (await input.ReadLineAsync() is { } line)
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    using var request = JsonDocument.Parse(line);
    await runner.AnswerAsync(request.RootElement, output);
    await output.WriteAsync("\n"u8.ToArray());
    await output.FlushAsync();
}
