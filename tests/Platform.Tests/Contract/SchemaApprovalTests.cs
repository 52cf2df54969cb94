using GraphQL.Types;
using GraphQL;

namespace Platform.Tests.Contract;

/// <summary>
/// The printed SDL must equal <c>schema.approved.graphql</c>: every change to the public
/// contract shows up as a diff of that file. On a mismatch the new SDL is written beside it as
/// <c>schema.received.graphql</c>; review it, then copy it over the approved file.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SchemaApprovalTests(PlatformFixture fixture)
{
    [Fact]
    public async Task PrintedSchema_MatchesTheApprovedContract()
    {
        var served = await fixture.Host.Http.GetStringAsync("/graphql/schema.graphql");
        var schema = fixture.Host.App.Services.GetRequiredService<ISchema>();
        Assert.Equal(Normalize(schema.Print()), Normalize(served));

        var folder = Path.Combine(FindRepoRoot(), "tests", "Platform.Tests", "Contract");
        var approved = File.ReadAllText(Path.Combine(folder, "schema.approved.graphql"));
        var received = Path.Combine(folder, "schema.received.graphql");
        if (Normalize(approved) != Normalize(served))
        {
            File.WriteAllText(received, served);
            Assert.Fail($"The schema changed. Review {received} and copy it over schema.approved.graphql if the change is intended.");
        }

        File.Delete(received);
    }

    [Theory]
    [InlineData("type Query {")]
    [InlineData("interface Node {")]
    [InlineData("type MunicipalityConnection {")]
    [InlineData("enum ProgramTier {")]
    [InlineData("enum SupportFunction {")]
    [InlineData("designateProgram(")]
    [InlineData("input: DesignateProgramInput!): DesignateProgramPayload!")]
    [InlineData("reportRequestStatus(")]
    [InlineData("input: ReportRequestStatusInput!): ReportRequestStatusPayload!")]
    [InlineData("officialProgramCounts: [ProgramSummary!]!")]
    [InlineData("type Municipality implements Node {")]
    [InlineData("type Prefecture implements Node {")]
    public async Task PrintedSchema_KeepsTheContractNames(string line)
    {
        var served = await fixture.Host.Http.GetStringAsync("/graphql/schema.graphql");
        Assert.Contains(line, served);
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n").Trim();

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test folder.");
    }
}
