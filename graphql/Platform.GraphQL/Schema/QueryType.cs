using Platform.GraphQL.Audit;
using Platform.GraphQL.Notifications;
using Platform.GraphQL.Work;

namespace Platform.GraphQL.Schema;

/// <summary>The root query: the public directory and programs, the viewer, and global ids.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>Composes the features' query fields.</summary>
    public QueryType()
    {
        Name = "Query";
        Description = "The entry points for reads: the directory, the nation's figures, the caller's cases, work and notices.";
        DirectoryQueries.Add(this);
        NodeFields.Add(this);
        CaseQueries.Add(this);
        WorkFields.AddQueries(this);
        NotificationFields.AddQueries(this);
        AuditQueries.Add(this);
    }
}
