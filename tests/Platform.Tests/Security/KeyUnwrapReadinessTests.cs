using System.Security.Cryptography;

namespace Platform.Tests.Security;

/// <summary>A silo whose master key is not the one the stored tenant keys were wrapped with serves nothing.</summary>
public sealed class KeyUnwrapReadinessTests
{
    [Fact]
    public async Task Readiness_WithAMasterKeyThatDoesNotUnwrapTheStoredKeys_IsNotReady_AndSaysWhy_WithoutTheKey()
    {
        // The cluster's silos wrapped a tenant's data key under their master key ...
        var database = await SecurityTestKit.NewDatabaseAsync("masterkey");
        var clusterKey = RandomNumberGenerator.GetBytes(KeyEncryptionKey.Size);
        SecurityTestKit.Store(database, KeyEncryptionKey.FromBytes(clusterKey)).GetCurrent(SecurityTestKit.NewTenant());

        // ... and a new pod comes up with a key of its own.
        var podKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Size));
        var logs = new RecordingLoggerProvider();
        await using var host = await PlatformHost.StartAsync(database, extraSettings: new Dictionary<string, string?> { [KeyEncryptionKey.KeySetting] = podKey }, logging: logs);

        using var response = await host.Http.GetAsync(HealthEndpoints.ReadyPath);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(body["registry"]!.GetValue<bool>());
        Assert.True(body["database"]!.GetValue<bool>());
        Assert.False(body["masterKey"]!.GetValue<bool>());
        Assert.Contains(KeyEncryptionKey.KeySetting, body["problem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("does not unwrap", logs.Text, StringComparison.Ordinal);
        foreach (var secret in new[] { podKey, Convert.ToBase64String(clusterKey) })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logs.Text, StringComparison.Ordinal);
        }
    }
}
