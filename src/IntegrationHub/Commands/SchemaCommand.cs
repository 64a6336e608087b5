using System.CommandLine;
using System.Text;
using IntegrationHub.Api;
using IntegrationHub.GraphQL.Printing;

namespace IntegrationHub.Commands;

/// <summary><c>schema</c>: the hub's published GraphQL schema.</summary>
public static class SchemaCommand
{
    /// <summary>The <c>schema</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var schema = new Command("schema", "The hub's GraphQL schema.");
        var output = new Option<FileInfo?>("--output")
        {
            Description = "Write the SDL to this file (for example schema/schema.graphql) instead of standard output.",
        };
        var export = new Command("export",
            "Print the schema the hub serves as SDL, from the code. schema/schema.graphql is this output, checked in; a " +
            "test fails when they differ.");
        export.Options.Add(output);
        export.SetAction(parse =>
        {
            var sdl = Sdl();
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, sdl, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                parse.InvocationConfiguration.Output.WriteLine($"Wrote the schema to {file.FullName}.");
            }
            else
            {
                parse.InvocationConfiguration.Output.Write(sdl);
            }

            return 0;
        });
        schema.Subcommands.Add(export);
        return schema;
    }

    /// <summary>The SDL of the hub's schema, ending with a new line.</summary>
    public static string Sdl() => SchemaPrinter.Print(HubSchema.Instance) + "\n";
}
