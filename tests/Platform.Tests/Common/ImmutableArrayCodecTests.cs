using System.Collections.Immutable;
using Orleans.Serialization;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.Serializers;
using OrleansImmutableArrayCodec = Orleans.Serialization.Codecs.ImmutableArrayCodec<string>;
using PlatformImmutableArrayCodec = Platform.Tenants.Common.ImmutableArrayCodec<string>;

namespace Platform.Tests.Common;

/// <summary>
/// <see cref="Platform.Tenants.Common.ImmutableArrayCodec{T}"/>: the one Orleans uses for the platform's immutable
/// arrays, writing exactly the bytes Orleans' own codec writes, so stored state reads either way.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImmutableArrayCodecTests(PlatformFixture fixture)
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(CaseSummary).Assembly)).BuildServiceProvider();

    [Fact]
    public void TheSilosSerializer_UsesThePlatformsCodec_ForImmutableArrays()
    {
        // The silo's own serializer (its assemblies registered in its order), and a plain one.
        foreach (var codecs in new[] { fixture.Host.App.Services.GetRequiredService<ICodecProvider>(), Services.GetRequiredService<ICodecProvider>() })
        {
            Assert.IsType<PlatformImmutableArrayCodec>(codecs.GetCodec<ImmutableArray<string>>());
            Assert.IsType<Platform.Tenants.Common.ImmutableArrayCodec<CaseActivity>>(codecs.GetCodec<ImmutableArray<CaseActivity>>());
        }
    }

    public static TheoryData<string[]?> Arrays()
    {
        var data = new TheoryData<string[]?>();
        data.Add(null);
        data.Add(Array.Empty<string>());
        data.Add(new[] { "a" });
        data.Add(new[] { "blind-1", "blind-2", "", "かな" });
        return data;
    }

    [Theory]
    [MemberData(nameof(Arrays))]
    public void ItWritesTheBytesOfOrleansOwnCodec_AndReadsThemBack(string[]? values)
    {
        var value = values is null ? default : ImmutableArray.Create(values);
        var ours = Services.GetRequiredService<ICodecProvider>().GetCodec<ImmutableArray<string>>();
        var orleans = ActivatorUtilities.CreateInstance<OrleansImmutableArrayCodec>(Services);

        var written = Write(ours, value);

        Assert.Equal(Write(orleans, value), written);
        var read = Read(ours, written);
        Assert.Equal(value.IsDefault, read.IsDefault);
        if (!value.IsDefault)
            Assert.Equal(values!, read.ToArray());
        Assert.Equal(values is null, Read(orleans, written).IsDefault);
    }

    private static byte[] Write(IFieldCodec<ImmutableArray<string>> codec, ImmutableArray<string> value)
    {
        var session = Services.GetRequiredService<Orleans.Serialization.Session.SerializerSessionPool>().GetSession();
        var writer = Orleans.Serialization.Buffers.Writer.CreatePooled(session);
        try
        {
            codec.WriteField(ref writer, 0, typeof(ImmutableArray<string>), value);
            writer.Commit();
            return writer.Output.ToArray();
        }
        finally
        {
            writer.Dispose();
            session.Dispose();
        }
    }

    private static ImmutableArray<string> Read(IFieldCodec<ImmutableArray<string>> codec, byte[] bytes)
    {
        using var session = Services.GetRequiredService<Orleans.Serialization.Session.SerializerSessionPool>().GetSession();
        var reader = Orleans.Serialization.Buffers.Reader.Create(bytes, session);
        var field = reader.ReadFieldHeader();
        return codec.ReadValue(ref reader, field);
    }
}
