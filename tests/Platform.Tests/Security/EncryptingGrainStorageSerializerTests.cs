using System.Security.Cryptography;

namespace Platform.Tests.Security;

/// <summary>The envelope around tenant-owned grain state, with process-local keys.</summary>
public sealed class EncryptingGrainStorageSerializerTests
{
    [Fact]
    public void Serialize_ThenDeserialize_ReturnsTheSameState()
    {
        var serializer = SecurityTestKit.InMemory(out _);
        var state = SecurityTestKit.CanaryState(SecurityTestKit.NewTenant(), Guid.NewGuid().ToString("N"));

        var read = serializer.Deserialize<SampleCaseState>(serializer.Serialize(state))!;

        Assert.Equal(state.TenantCode, read.TenantCode);
        Assert.Equal(state.Name, read.Name);
        Assert.Equal(state.Kana, read.Kana);
        Assert.Equal(state.Notes, read.Notes);
    }

    [Fact]
    public void Serialize_TenantOwnedState_WritesAnEnvelopeWithoutPlaintext()
    {
        var serializer = SecurityTestKit.InMemory(out _);
        var canary = "CANARY" + Guid.NewGuid().ToString("N");
        var tenant = SecurityTestKit.NewTenant();

        var payload = serializer.Serialize(SecurityTestKit.CanaryState(tenant, canary)).ToArray();

        Assert.True(EncryptedStateEnvelope.HasHeader(payload));
        Assert.Equal((tenant, 1), EncryptedStateEnvelope.ReadHeader(payload));
        Assert.Equal(-1, payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(canary)));
        Assert.Equal(-1, payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes("自室")));
    }

    [Fact]
    public void Serialize_SameStateTwice_GivesDifferentCiphertext()
    {
        var serializer = SecurityTestKit.InMemory(out _);
        var state = SecurityTestKit.CanaryState(SecurityTestKit.NewTenant(), "x");

        Assert.NotEqual(serializer.Serialize(state).ToArray(), serializer.Serialize(state).ToArray());
    }

    public static TheoryData<string> TamperedPlaces => ["ciphertext", "tag", "nonce", "key version", "format", "last byte"];

    [Theory]
    [MemberData(nameof(TamperedPlaces))]
    public async Task Deserialize_WhenAnyByteWasChanged_ThrowsInsteadOfReturningGarbage(string place)
    {
        var serializer = SecurityTestKit.InMemory(out var keys);
        var tenant = SecurityTestKit.NewTenant();
        var payload = serializer.Serialize(SecurityTestKit.CanaryState(tenant, "x")).ToArray();
        await keys.RotateAsync(tenant);
        var header = 6 + Encoding.UTF8.GetByteCount(tenant) + 4;
        var index = place switch
        {
            "ciphertext" => header + 12 + 16 + 3,
            "tag" => header + 12 + 2,
            "nonce" => header + 1,
            "key version" => header - 1,
            "format" => 4,
            _ => payload.Length - 1,
        };
        payload[index] ^= place == "key version" ? (byte)0x03 : (byte)0x01;

        Assert.ThrowsAny<CryptographicException>(() => serializer.Deserialize<SampleCaseState>(new BinaryData(payload)));
    }

    [Fact]
    public void Deserialize_WhenTheEnvelopeIsTruncated_Throws()
    {
        var serializer = SecurityTestKit.InMemory(out _);
        var payload = serializer.Serialize(SecurityTestKit.CanaryState(SecurityTestKit.NewTenant(), "x")).ToArray();

        Assert.ThrowsAny<CryptographicException>(() => serializer.Deserialize<SampleCaseState>(new BinaryData(payload[..20])));
    }

    [Fact]
    public void Deserialize_PayloadOfTenantBRelabelledAsTenantA_FailsWithTenantAKey()
    {
        var serializer = SecurityTestKit.InMemory(out var keys);
        var tenantA = "a" + Guid.NewGuid().ToString("N")[..8];
        var tenantB = "b" + tenantA[1..];
        keys.GetCurrent(tenantA);
        var payload = serializer.Serialize(SecurityTestKit.CanaryState(tenantB, "secret")).ToArray();
        payload[6] = (byte)'a';

        Assert.Equal(tenantA, EncryptedStateEnvelope.ReadHeader(payload).TenantCode);
        Assert.ThrowsAny<CryptographicException>(() => serializer.Deserialize<SampleCaseState>(new BinaryData(payload)));
    }

    [Fact]
    public void Deserialize_TenantOwnedStateStoredInPlainText_IsRefused()
    {
        var serializer = SecurityTestKit.InMemory(out _);
        var plain = SecurityTestKit.DefaultInner().Serialize(SecurityTestKit.CanaryState(SecurityTestKit.NewTenant(), "x"));

        Assert.ThrowsAny<CryptographicException>(() => serializer.Deserialize<SampleCaseState>(plain));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Serialize_TenantOwnedStateWithoutTenantCode_IsRefused(string tenant)
    {
        var serializer = SecurityTestKit.InMemory(out _);

        Assert.Throws<InvalidOperationException>(() => serializer.Serialize(SecurityTestKit.CanaryState(tenant, "x")));
    }

    [Fact]
    public void Serialize_StateThatIsNotTenantOwned_PassesThroughByteForByte()
    {
        var serializer = SecurityTestKit.InMemory(out _);
        var inner = SecurityTestKit.DefaultInner();
        var state = new SampleDirectoryState { Name = "西東京市", Total = 3 };

        var payload = serializer.Serialize(state);

        Assert.Equal(inner.Serialize(state).ToArray(), payload.ToArray());
        Assert.Equal(3, serializer.Deserialize<SampleDirectoryState>(payload)!.Total);
    }

    [Fact]
    public async Task Deserialize_AfterRotation_ReadsOldVersionsAndWritesWithTheNewOne()
    {
        var serializer = SecurityTestKit.InMemory(out var keys);
        var tenant = SecurityTestKit.NewTenant();
        var before = serializer.Serialize(SecurityTestKit.CanaryState(tenant, "old"));

        await keys.RotateAsync(tenant);
        var after = serializer.Serialize(SecurityTestKit.CanaryState(tenant, "new"));

        Assert.Equal(1, EncryptedStateEnvelope.ReadHeader(before.ToArray()).KeyVersion);
        Assert.Equal(2, EncryptedStateEnvelope.ReadHeader(after.ToArray()).KeyVersion);
        Assert.Equal("やまだold", serializer.Deserialize<SampleCaseState>(before)!.Kana);
        Assert.Equal("やまだnew", serializer.Deserialize<SampleCaseState>(after)!.Kana);
    }
}
