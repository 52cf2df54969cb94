namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>WorkerCaseload</c>: one worker's open cases and how long they went without contact, and their overdue tasks.</summary>
public sealed class WorkerCaseloadType : ObjectGraphType<WorkerCaseload>
{
    public WorkerCaseloadType()
    {
        Name = "WorkerCaseload";
        Description = "One worker's open cases (担当ケース) and how many have gone without contact.";
        Field(x => x.Worker, nullable: true).Description("The worker (a subject id); null for open cases nobody is in charge of.");
        Field(x => x.OpenCases).Description("Cases in INTAKE, ACTIVE or MONITORING.");
        Field(x => x.NoContact30Days).Description("Open cases last contacted (or, with no contact, opened) 30 or more days ago.");
        Field(x => x.NoContact60Days).Description("... 60 or more days ago.");
        Field(x => x.NoContact90Days).Description("... 90 or more days ago.");
        Field(x => x.TasksOverdue).Description("The worker's open follow-up tasks past their due time.");
    }
}
