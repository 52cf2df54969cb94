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
        var directory = Directory.CreateTempSubdirectory("sdl-");
        try
        {
            var released = Path.Combine(directory.FullName, "released.graphql");
            var current = Path.Combine(directory.FullName, "current.graphql");
            await File.WriteAllTextAsync(released, "type Query { a: Int b(x: Int): String c: String }");
            await File.WriteAllTextAsync(current, "type Query { b(x: Int, y: Int!): String c: Int }");

            var breaking = await BreakingChangesAsync(released, current);

            Assert.Contains("Query.a was removed.", breaking);
            Assert.Contains("Query.c changed type from String to Int.", breaking);
            Assert.Contains("A required arg y on Query.b was added.", breaking);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Check_FindsNothing_WhenOnlyDescriptionsAndOptionalArgumentsAreAdded()
    {
        var directory = Directory.CreateTempSubdirectory("sdl-");
        try
        {
            var released = Path.Combine(directory.FullName, "released.graphql");
            var current = Path.Combine(directory.FullName, "current.graphql");
            await File.WriteAllTextAsync(released, "type Query { a: Int }");
            await File.WriteAllTextAsync(current, "\"Root.\" type Query { \"An a.\" a(\"Optional.\" x: Int): Int b: String }");

            Assert.Empty(await BreakingChangesAsync(released, current));
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
