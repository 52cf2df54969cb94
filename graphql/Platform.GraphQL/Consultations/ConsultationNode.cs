using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations;

/// <summary>
/// The source of a <c>Consultation</c>: what the prefecture's list holds (who asked, when, the
/// status), and the consultation itself, read from its grain only when a field needs it. That
/// read checks the case's consent and is audited; a list that asks only for statuses reads none.
/// </summary>
public sealed class ConsultationNode
{
    private readonly Lazy<Task<ConsultationView?>> _view;

    private ConsultationNode(string grainKey, string municipalityCode, ConsultationStatus status, DateTimeOffset requestedAt, Func<Task<ConsultationView?>> load)
    {
        GrainKey = grainKey;
        MunicipalityCode = municipalityCode;
        Status = status;
        RequestedAt = requestedAt;
        _view = new Lazy<Task<ConsultationView?>>(load);
    }

    /// <summary>"{municipality LG code}/{id}".</summary>
    public string GrainKey { get; }

    /// <summary>The municipality that asked.</summary>
    public string MunicipalityCode { get; }

    /// <summary>Where it stands.</summary>
    public ConsultationStatus Status { get; }

    /// <summary>When it was asked.</summary>
    public DateTimeOffset RequestedAt { get; }

    /// <summary>A node for an entry of the prefecture's list.</summary>
    public static ConsultationNode Of(ConsultationEntry entry, Func<Task<ConsultationView?>> load) =>
        new(entry.GrainKey, entry.MunicipalityCode, entry.Status, entry.RequestedAt, load);

    /// <summary>A node for a consultation already read.</summary>
    public static ConsultationNode Of(ConsultationView view) =>
        new(view.Consultation.GrainKey, view.Consultation.MunicipalityCode, view.Consultation.Status, view.Consultation.RequestedAt, () => Task.FromResult<ConsultationView?>(view));

    /// <summary>The consultation as the caller may see it (read once).</summary>
    public Task<ConsultationView?> ViewAsync() => _view.Value;
}
