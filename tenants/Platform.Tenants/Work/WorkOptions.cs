namespace Platform.Tenants.Work;

/// <summary>Settings of the work books (section <c>Work</c>).</summary>
public sealed class WorkOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Work";

    /// <summary>How often each tenant's durable reminder looks for items due today or overdue. Tests shorten it.</summary>
    public TimeSpan NoticeCheckPeriod { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long done, cancelled and held items stay in the book (the case's log keeps the contacts).</summary>
    public static readonly TimeSpan ClosedItemsKept = TimeSpan.FromDays(180);
}
