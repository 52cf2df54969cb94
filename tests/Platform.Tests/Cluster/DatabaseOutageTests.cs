using Xunit.Abstractions;

namespace Platform.Tests.Cluster;

/// <summary>PostgreSQL stopped under a running silo, then started again.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const string Municipality = "131016"; // Chiyoda, Tokyo
    private const string Mutation = """
        mutation($input: DesignateProgramInput!) {
          designateProgram(input: $input) { program { operator { name } } errors { code } }
        }
        """;

    [Fact]
    public async Task PostgresStoppedThenRestarted_WritesFailClearlyMeanwhile_AndTheSiloRecoversWithoutARestart()
    {
        // A server of its own, since stopping the shared one would fail every other test, and a
        // durable one: the shared test server runs with synchronous_commit off and stops with
        // an immediate shutdown, which loses the last acknowledged writes (the very reason
        // the silo refuses such a server in production).
        var folder = TestPostgres.CreateTemporaryFolder();
        TestPostgresWatchdog.Watch(folder);
        var postgres = await LocalPostgres.StartAsync(folder, LocalPostgresDurability.Durable, NullLogger.Instance, CancellationToken.None);
        try
        {
            await using var host = await PlatformHost.StartAsync(postgres.ConnectionString);
            var token = host.Token("130001", Roles.PrefecturalOfficer);
            var year = UniqueFiscalYear.Next();
            Assert.Equal("before", await DesignateAsync(host, token, "op-before", year, "before"));

            await postgres.StopAsync();
            var (readyStatus, readyBody) = await GetAsync(host, "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
            Assert.False(readyBody["database"]!.GetValue<bool>());

            // Every write fails, with an error, and none is reported as done.
            for (var i = 0; i < 5; i++)
            {
                var (status, body) = await host.PostAsync(Mutation, Input($"op-during-{i}", year, $"during-{i}"), token);
                output.WriteLine($"During the outage: {(int)status} {body.ToJsonString()}");
                Assert.Null(body["data"]?["designateProgram"]?["program"]);
                Assert.NotNull(body["errors"]);
                Assert.Equal("UNAVAILABLE", (string?)body["errors"]![0]!["extensions"]!["code"]);
            }

            var outage = DateTime.UtcNow;
            await postgres.RestartAsync(CancellationToken.None);

            // The grain whose writes failed serves what is stored, not what it failed to store.
            Assert.Equal("before", await ReadOperatorAsync(host, year));

            // Writes go through again without restarting the silo.
            string? after = null;
            for (var deadline = DateTime.UtcNow.AddSeconds(30); after is null && DateTime.UtcNow < deadline; await Task.Delay(250))
            {
                var (_, body) = await host.PostAsync(Mutation, Input("op-after", year, "after"), token);
                after = body["data"]?["designateProgram"]?["program"]?["operator"]?["name"]?.GetValue<string>();
            }

            output.WriteLine($"Writes succeeded again {(DateTime.UtcNow - outage).TotalSeconds:F1} s after PostgreSQL was started again");
            Assert.Equal("after", after);
            Assert.Equal("after", await ReadOperatorAsync(host, year));
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(host, "/health/ready")).Status);
        }
        finally
        {
            await postgres.StopAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static object Input(string operationId, int year, string name) => new
    {
        input = new
        {
            clientMutationId = operationId,
            municipalityCode = Municipality,
            fiscalYear = year,
            tier = "SUPPORT_PROJECT",
            functions = new[] { "CONSULTATION" },
            @operator = new { kind = "COMMISSIONED", name },
        },
    };

    private static async Task<string?> DesignateAsync(PlatformHost host, string token, string operationId, int year, string name)
    {
        var data = await host.QueryAsync(Mutation, Input(operationId, year, name), token);
        return data["designateProgram"]?["program"]?["operator"]?["name"]?.GetValue<string>();
    }

    private static async Task<string?> ReadOperatorAsync(PlatformHost host, int year)
    {
        var data = await host.QueryAsync($"{{ municipality(code: \"{Municipality}\") {{ program(fiscalYear: {year}) {{ operator {{ name }} }} }} }}");
        return data["municipality"]?["program"]?["operator"]?["name"]?.GetValue<string>();
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(PlatformHost host, string path)
    {
        using var response = await host.Http.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
