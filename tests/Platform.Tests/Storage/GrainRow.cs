namespace Platform.Tests.Storage;

/// <summary>
/// The identity columns the provider sends for one grain state, with random values so
/// that every test writes its own row.
/// </summary>
/// <param name="ServiceId">ClusterOptions.ServiceId.</param>
/// <param name="GrainType">The state name (what the provider calls GrainTypeString).</param>
/// <param name="GrainTypeHash">Hash of the state name.</param>
/// <param name="GrainIdHash">Hash of the grain key.</param>
/// <param name="GrainIdN0">First half of a Guid key, 0 otherwise.</param>
/// <param name="GrainIdN1">Second half of a Guid key, or the integer key.</param>
/// <param name="Extension">Key extension, or the whole key for string keys; often null.</param>
internal sealed record GrainRow(
    string ServiceId, string GrainType, int GrainTypeHash, int GrainIdHash, long GrainIdN0, long GrainIdN1, string? Extension)
{
    /// <summary>A new, unique grain identity with an integer key.</summary>
    public static GrainRow NewIntegerKey(string? extension = null) => new(
        "test-service", "municipality", Random.Shared.Next(), Random.Shared.Next(), 0, Random.Shared.NextInt64(), extension);
}
