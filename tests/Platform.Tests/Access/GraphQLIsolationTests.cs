using System.Net;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tenants.Common;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Access;

/// <summary>
/// Every mutation of the schema, found from the schema itself, tried with every role from
/// tenants that do not own the target (municipality 132292 in Tokyo): all are refused and
/// nothing is written. A new mutation fails this test until it has a sample input here.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLIsolationTests(PlatformFixture fixture)
{
    private const int Year = 2099;

    private static readonly Dictionary<string, string> Samples = new()
    {
        ["designateProgram"] = $$"""mutation { designateProgram(input: { municipalityCode: "132292", fiscalYear: {{Year}}, tier: SUPPORT_PROJECT, functions: [CONSULTATION] }) { errors { code } } }""",
        ["reportRequestStatus"] = $$"""mutation { reportRequestStatus(input: { municipalityCode: "132292", fiscalYear: {{Year}}, deskClarified: true, deskPublicized: false, factFindingSurvey: false, municipalPlatform: false }) { errors { code } } }""",
    };

    private static readonly string[] AllRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator];

    private static readonly string[] OtherTenants = ["012025", "141003", "140007", "nation"];

    [Fact]
    public void EveryMutation_HasAnIsolationSample()
    {
        var schema = fixture.Host.App.Services.GetRequiredService<ISchema>();
        foreach (var field in schema.Mutation!.Fields)
        {
            Assert.True(Samples.ContainsKey(field.Name), $"mutation {field.Name} has no isolation sample");
        }
    }

    [Fact]
    public async Task EveryMutation_ByEveryRoleOfAnotherTenant_IsRefused_AndWritesNothing()
    {
        foreach (var (name, mutation) in Samples)
        {
            foreach (var tenant in OtherTenants)
            {
                foreach (var role in AllRoles)
                {
                    var (_, body) = await fixture.Host.PostAsync(mutation, token: fixture.Host.Token(tenant, role));
                    var code = (string?)body["errors"]?[0]?["extensions"]?["code"];
                    Assert.True(code == "FORBIDDEN", $"{name} by {tenant}/{role}: {body.ToJsonString()}");
                }
            }

            var (_, anonymous) = await fixture.Host.PostAsync(mutation);
            Assert.Equal("UNAUTHENTICATED", (string?)anonymous["errors"]?[0]?["extensions"]?["code"]);
        }

        var data = await fixture.Host.QueryAsync($"{{ municipality(code: \"132292\") {{ program(fiscalYear: {Year}) {{ tier }} requestStatus(fiscalYear: {Year}) {{ deskClarified }} }} }}");
        Assert.Null(data["municipality"]!["program"]);
        Assert.Null(data["municipality"]!["requestStatus"]);
    }

    [Fact]
    public async Task Mutation_ForbiddenByRole_IsRefusedBeforeExecution()
    {
        var (status, body) = await fixture.Host.PostAsync(Samples["designateProgram"], token: fixture.Host.Token("132292", Roles.Integrator));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(body["data"]);
        Assert.Equal("FORBIDDEN", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }
}
