namespace Platform.Tests.Security;

/// <summary>Where the master key comes from, and how the local one is created.</summary>
public sealed class KeyEncryptionKeyTests
{
    [Fact]
    public void Load_WithNothingConfigured_CreatesAKeyFileOnlyItsOwnerCanRead()
    {
        var data = TestPostgres.CreateTemporaryFolder();

        var key = KeyEncryptionKey.Load(Configuration(), data);

        var path = Path.Combine(data, "keys", "master.key");
        Assert.Equal(path, key.Source);
        Assert.True(File.Exists(path));
        Assert.Equal(KeyEncryptionKey.Size, Convert.FromBase64String(File.ReadAllText(path)).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Load_WhenManySilosStartOnOneDataFolder_AllGetTheSameKey()
    {
        var data = TestPostgres.CreateTemporaryFolder();
        using var start = new ManualResetEventSlim();

        var loads = Enumerable.Range(0, 16).Select(_ => Task.Run(() => { start.Wait(); return KeyEncryptionKey.Load(Configuration(), data); })).ToList();
        start.Set();
        var keys = await Task.WhenAll(loads);

        var wrapped = keys[0].Wrap("131016", 1, new byte[32]);
        Assert.All(keys, key => Assert.Equal(new byte[32], key.Unwrap("131016", 1, wrapped)));
        Assert.Single(Directory.GetFiles(Path.Combine(data, "keys")));
    }

    [Fact]
    public void Load_FromTheSetting_UsesItAndCreatesNoFile()
    {
        var data = TestPostgres.CreateTemporaryFolder();
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

        var key = KeyEncryptionKey.Load(Configuration((KeyEncryptionKey.KeySetting, Convert.ToBase64String(bytes))), data);

        Assert.Equal(new byte[32], KeyEncryptionKey.FromBytes(bytes).Unwrap("131016", 1, key.Wrap("131016", 1, new byte[32])));
        Assert.False(Directory.Exists(Path.Combine(data, "keys")));
    }

    [Fact]
    public void Load_FromAMountedFile_ReadsIt()
    {
        var data = TestPostgres.CreateTemporaryFolder();
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var file = Path.Combine(data, "mounted-secret");
        File.WriteAllText(file, Convert.ToBase64String(bytes) + "\n");

        var key = KeyEncryptionKey.Load(Configuration((KeyEncryptionKey.FileSetting, file)), data);

        Assert.Equal(file, key.Source);
        Assert.Equal(new byte[32], KeyEncryptionKey.FromBytes(bytes).Unwrap("131016", 1, key.Wrap("131016", 1, new byte[32])));
    }

    [Fact]
    public void Load_WhenTheSettingIsNot32Bytes_FailsWithoutEchoingIt()
    {
        var tooShort = Convert.ToBase64String(new byte[16]);

        var error = Assert.Throws<InvalidOperationException>(() => KeyEncryptionKey.Load(Configuration((KeyEncryptionKey.KeySetting, tooShort)), TestPostgres.CreateTemporaryFolder()));

        Assert.DoesNotContain(tooShort, error.Message);
    }

    [Fact]
    public void Unwrap_ForAnotherTenantOrVersion_Fails()
    {
        var key = SecurityTestKit.NewMasterKey();
        var wrapped = key.Wrap("131016", 1, new byte[32]);

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => key.Unwrap("131024", 1, wrapped));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => key.Unwrap("131016", 2, wrapped));
    }

    [Fact]
    public void ToString_NamesTheSourceButNotTheKey()
    {
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

        var text = KeyEncryptionKey.FromBytes(bytes, "test").ToString();

        Assert.Equal("KeyEncryptionKey(test)", text);
        Assert.DoesNotContain(Convert.ToBase64String(bytes), text);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
