namespace Platform.Tests.Contract;

/// <summary>
/// The approved SDL through the tools integrators run on it, from the npm project in
/// <c>tests/Platform.Tests/GraphQLHttpAudit</c>: graphql-schema-linter (descriptions, naming,
/// Relay; its rules are in that project's package.json, without the alphabetical-order ones)
/// and GraphQL Code Generator, whose types for sample operations must compile under
/// <c>tsc --strict</c>.
/// </summary>
public sealed class IntegratorToolsTests
{
    [Fact]
    public async Task SchemaLinter_FindsNothing()
    {
        // The linter exits non-zero on any finding; NodeTools then fails with its report.
        var output = await NodeTools.ToolAsync("graphql-schema-linter", NodeTools.Folder, "--format", "json");

        using var report = JsonDocument.Parse(output);
        Assert.Equal(0, report.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task CodeGenerator_TypesTheSampleOperations_AndStrictTypeScriptCompilesThem()
    {
        var generated = Path.Combine(NodeTools.Folder, "codegen", "generated");
        if (Directory.Exists(generated))
            Directory.Delete(generated, recursive: true);

        await NodeTools.ToolAsync("graphql-codegen", NodeTools.Folder, "--config", "codegen/codegen.json");
        await NodeTools.ToolAsync("tsc", NodeTools.Folder, "-p", "codegen/tsconfig.json");

        var types = await File.ReadAllTextAsync(Path.Combine(generated, "types.ts"));
        Assert.Contains("export type PrefectureOverviewQuery = ", types);
        Assert.Contains("export type RecordContactInput = ", types);
    }
}
