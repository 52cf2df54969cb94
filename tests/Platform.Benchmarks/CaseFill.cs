namespace Platform.Benchmarks;

/// <summary>Cases opened in one tenant to have a long list to page through.</summary>
/// <param name="Target">How many cases were wanted.</param>
/// <param name="Opened">How many were opened before the target or the time budget was reached.</param>
/// <param name="Seconds">How long it took.</param>
/// <param name="BytesPerCase">Growth of the silo's resident set (VmRSS) over the fill, per case opened.</param>
internal sealed record CaseFill(int Target, int Opened, double Seconds, double? BytesPerCase)
{
    /// <summary>Cases opened per second while filling.</summary>
    public double OpensPerSecond => Opened / Seconds;
}
