namespace Platform.GraphQL.Cases;

/// <summary>
/// The source of a <c>Case</c>: the index fields a tenant's case book already holds (number,
/// status, dates, worker), and the whole file, read from the case grain only when a field needs
/// it. A page of <c>cases</c> that asks for numbers and statuses reads no file; one that asks for
/// the subject reads each file once (an audited read per case).
/// </summary>
public sealed class CaseNode
{
    private readonly Lazy<Task<CaseFile?>> _file;

    private CaseNode(
        string tenantCode, string caseId, string caseNumber, CaseStatus status, DateOnly openedOn, DateOnly? closedOn,
        ClosureReason? closureReason, string? assignedTo, Func<Task<CaseFile?>> load)
    {
        TenantCode = tenantCode;
        CaseId = caseId;
        CaseNumber = caseNumber;
        Status = status;
        OpenedOn = openedOn;
        ClosedOn = closedOn;
        ClosureReason = closureReason;
        AssignedTo = assignedTo;
        _file = new Lazy<Task<CaseFile?>>(load);
    }

    /// <summary>The owning tenant's LG code.</summary>
    public string TenantCode { get; }

    /// <summary>The case id within its tenant.</summary>
    public string CaseId { get; }

    /// <summary>The case number ("2025-000123").</summary>
    public string CaseNumber { get; }

    /// <summary>The life-cycle state.</summary>
    public CaseStatus Status { get; }

    /// <summary>The day the case was opened.</summary>
    public DateOnly OpenedOn { get; }

    /// <summary>The day it was closed or transferred.</summary>
    public DateOnly? ClosedOn { get; }

    /// <summary>Why it was closed.</summary>
    public ClosureReason? ClosureReason { get; }

    /// <summary>The worker in charge.</summary>
    public string? AssignedTo { get; }

    /// <summary>A case from its whole file (a read or a mutation already has it).</summary>
    public static CaseNode Of(CaseFile file) => new(
        file.TenantCode, file.Id, file.CaseNumber, file.Status, file.OpenedOn, file.ClosedOn, file.ClosureReason, file.AssignedTo,
        () => Task.FromResult<CaseFile?>(file));

    /// <summary>A case from its case book entry; the file is read from <paramref name="grain"/> when needed.</summary>
    public static CaseNode Of(string tenantCode, CaseSummary summary, ICaseGrain grain) => new(
        tenantCode, summary.CaseId, summary.CaseNumber, summary.Status, summary.OpenedOn, summary.ClosedOn, summary.ClosureReason, summary.AssignedTo,
        () => GrainCalls.CallAsync(grain.Get));

    /// <summary>The whole file, read at most once.</summary>
    public Task<CaseFile?> FileAsync() => _file.Value;
}
