using System.Text.RegularExpressions;

namespace Platform.Tenants.Work;

/// <summary>Validation of tasks and appointments; every refusal has a stable code.</summary>
public static partial class WorkRules
{
    /// <summary>Longest text of an item (what to do, or what the appointment is for).</summary>
    public const int MaxText = 1000;

    /// <summary>Longest place of an appointment.</summary>
    public const int MaxPlace = 200;

    /// <summary>How far ahead an item may be planned.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>
    /// True when <paramref name="assignee"/> has the form of a token subject: letters, digits and
    /// <c>. _ @ : -</c>, 1 to 128 characters, starting with a letter or digit.
    /// </summary>
    public static bool IsSubject(string assignee) => SubjectPattern().IsMatch(assignee);

    /// <summary>The user errors of an item's text, due time, assignee and place against its case.</summary>
    public static ImmutableArray<UserError> Validate(string? text, DateTimeOffset? dueAt, string? assignee, string? place, CaseStanding file, DateOnly today, string dueField)
    {
        var errors = ImmutableArray.CreateBuilder<UserError>();
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new("TEXT_REQUIRED", "Say what is to be done (text cannot be empty).", ["input", "text"]));
        }

        CaseRules.Text(errors, text, MaxText, "text");
        CaseRules.Text(errors, place, MaxPlace, "place");
        if (assignee is not null && !IsSubject(assignee))
        {
            errors.Add(new("INVALID_ASSIGNEE", "assignee must be a worker's subject (letters, digits and . _ @ : -, at most 128).", ["input", "assignee"]));
        }

        if (dueAt is { } due)
        {
            var day = JapanDate.Of(due);
            if (day < file.OpenedOn)
            {
                errors.Add(new("DUE_BEFORE_CASE_OPENED", $"{dueField} cannot be before the case was opened ({file.OpenedOn:yyyy-MM-dd}).", ["input", dueField]));
            }
            else if (day > today.AddYears(MaxYearsAhead))
            {
                errors.Add(new("DATE_OUT_OF_RANGE", $"{dueField} may be at most {MaxYearsAhead} years ahead.", ["input", dueField]));
            }
        }

        return errors.ToImmutable();
    }

    /// <summary>The user error of changing anything on <paramref name="file"/> (transferred, closed or purged), or null.</summary>
    public static UserError? CaseNotOpen(CaseStanding file) =>
        file.Status is CaseStatus.Transferred or CaseStatus.Closed || file.Purged
            ? new("CASE_NOT_OPEN", $"The case is {file.Status}; its tasks and appointments cannot change.", ["input"])
            : null;

    /// <summary>True when the open item is due as <paramref name="due"/> asks.</summary>
    public static bool IsDue(WorkItem item, WorkDue due, DateTimeOffset now, DateOnly today)
    {
        var day = JapanDate.Of(item.DueAt);
        return due switch
        {
            WorkDue.Today => day == today,
            WorkDue.Overdue => item.Kind == WorkItemKind.Task ? item.DueAt < now : day < today,
            _ => day <= today.AddDays(6),
        };
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$")]
    private static partial Regex SubjectPattern();
}
