using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Platform.Tests.Security;

/// <summary>What the security tests build again and again.</summary>
internal static class SecurityTestKit
{
    /// <summary>The serializer the silo uses by default (Orleans' Newtonsoft-based JSON).</summary>
    public static IGrainStorageSerializer DefaultInner() =>
        new JsonGrainStorageSerializer(new OrleansJsonSerializer(Options.Create(new OrleansJsonSerializerOptions())));

    /// <summary>A serializer over process-local keys.</summary>
    public static EncryptingGrainStorageSerializer InMemory(out ITenantKeyStore keys)
    {
        keys = new InMemoryTenantKeyStore();
        return new EncryptingGrainStorageSerializer(DefaultInner(), keys);
    }

    /// <summary>A fresh database on the shared test server, with the platform schema.</summary>
    public static async Task<string> NewDatabaseAsync(string prefix)
    {
        var postgres = await TestPostgres.Shared;
        var connectionString = await postgres.CreateDatabaseAsync(prefix);
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        return connectionString;
    }

    /// <summary>A key store on <paramref name="connectionString"/>, as one silo would have it.</summary>
    public static TenantKeyStore Store(string connectionString, KeyEncryptionKey masterKey) =>
        new(connectionString, masterKey, NullLogger<TenantKeyStore>.Instance);

    /// <summary>A random master key.</summary>
    public static KeyEncryptionKey NewMasterKey() => KeyEncryptionKey.FromBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes(KeyEncryptionKey.Size));

    /// <summary>A tenant code no other test uses (six digits, like an LG code, but with a letter so it is no real one).</summary>
    public static string NewTenant() => "t" + Random.Shared.Next(0, 100_000).ToString("D5") + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A case state carrying unique canary strings in every personal field.</summary>
    public static SampleCaseState CanaryState(string tenant, string canary) => new()
    {
        TenantCode = tenant,
        Name = $"山田 {canary}",
        Kana = $"やまだ{canary}",
        Notes = [$"note {canary}", "母親から電話。本人は3年間自室にこもっている。"],
    };
}
