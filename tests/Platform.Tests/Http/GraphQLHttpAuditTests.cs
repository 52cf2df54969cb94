using System.Diagnostics;
using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Http;

/// <summary>
/// The graphql-http audit suite (the GraphQL-over-HTTP specification's own checks, npm package
/// <c>graphql-http</c>, installed into <c>tests/Platform.Tests/GraphQLHttpAudit</c> from its
/// committed package-lock.json) run against the silo's <c>/graphql</c>: no MUST may fail.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLHttpAuditTests(PlatformFixture fixture)
{
    [Fact]
    public async Task AuditSuite_HasNoFailedMust()
    {
        var folder = AuditFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")))
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);

        var output = await RunAsync("node", ["audit.mjs", new Uri(fixture.Host.Http.BaseAddress!, "/graphql").ToString()], folder);

        using var results = JsonDocument.Parse(output);
        Assert.NotEmpty(results.RootElement.EnumerateArray());
        var failedMusts = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal) && r.GetProperty("status").GetString() == "error")
            .Select(r => $"{r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failedMusts.Count == 0, string.Join('\n', failedMusts));
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    private static string AuditFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Platform.sln")))
            directory = directory.Parent;
        return Path.Combine(directory.FullName, "tests", "Platform.Tests", "GraphQLHttpAudit");
    }
}
