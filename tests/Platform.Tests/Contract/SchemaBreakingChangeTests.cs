namespace Platform.Tests.Contract;

/// <summary>
/// The approved SDL against the last released one (<c>schema.released.graphql</c>), compared by
/// graphql-js's <c>findBreakingChanges</c>: a removed type, field, argument or enum value, a
/// changed type, a new required argument or input field, ... fails unless docs/api-changelog.md
/// lists it (its text as graphql-js words it).
/// </summary>
public sealed class SchemaBreakingChangeTests
{
    private static readonly string Folder = Path.Combine(NodeTools.RepoRoot(), "tests", "Platform.Tests", "Contract");

    [Fact]
    public async Task ApprovedSchema_BreaksNothingTheChangelogDoesNotList()
    {
        var changelog = await File.ReadAllTextAsync(Path.Combine(NodeTools.RepoRoot(), "docs", "api-changelog.md"));

        var breaking = await BreakingChangesAsync(Path.Combine(Folder, "schema.released.graphql"), Path.Combine(Folder, "schema.approved.graphql"));

        var unlisted = breaking.Where(change => !changelog.Contains(change, StringComparison.Ordinal)).ToList();
        Assert.True(unlisted.Count == 0,
            "Breaking changes since the last release that docs/api-changelog.md does not list (add each line there, or keep the field):\n"
            + string.Join('\n', unlisted));
    }

    [Fact]
    public async Task Check_FindsARemovedField_AChangedType_AndANewRequiredArgument()
    {
        var breaking = await BreakingChangesOfTextAsync(
            "type Query { a: Int b(x: Int): String c: String }",
            "type Query { b(x: Int, y: Int!): String c: Int }");

        Assert.Contains("Query.a was removed.", breaking);
        Assert.Contains("Query.c changed type from String to Int.", breaking);
        Assert.Contains("A required arg y on Query.b was added.", breaking);
    }

    [Fact]
    public async Task Check_FindsNothing_WhenOnlyDescriptionsAndOptionalArgumentsAreAdded() =>
        Assert.Empty(await BreakingChangesOfTextAsync(
            "type Query { a: Int }",
            "\"Root.\" type Query { \"An a.\" a(\"Optional.\" x: Int): Int b: String }"));

    // The SDL texts written to a temporary folder for the script, which reads files.
    private static async Task<List<string>> BreakingChangesOfTextAsync(string releasedSdl, string currentSdl)
    {
        var directory = Directory.CreateTempSubdirectory("sdl-");
        try
        {
            var released = Path.Combine(directory.FullName, "released.graphql");
            var current = Path.Combine(directory.FullName, "current.graphql");
            await File.WriteAllTextAsync(released, releasedSdl);
            await File.WriteAllTextAsync(current, currentSdl);
            return await BreakingChangesAsync(released, current);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<List<string>> BreakingChangesAsync(string released, string current)
    {
        using var result = JsonDocument.Parse(await NodeTools.NodeAsync("breaking.mjs", released, current));
        return result.RootElement.GetProperty("breaking").EnumerateArray().Select(c => c.GetProperty("description").GetString()!).ToList();
    }
}
