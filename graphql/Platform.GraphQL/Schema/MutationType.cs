using Platform.GraphQL.Activities;
using Platform.GraphQL.Consultations;
using Platform.GraphQL.Notifications;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Satellites;
using Platform.GraphQL.Work;
using Platform.Tenants.Municipalities;
using Platform.Tenants.Prefectures;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Schema;

/// <summary>The root mutation. Every mutation needs a token; resolvers only translate and call grains.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Composes the features' mutations.</summary>
    public MutationType()
    {
        Name = "Mutation";
        Description = "The entry points for changes. Each takes one input and answers a payload with user errors instead of failing.";
        ProgramMutations.Add(this);
        RequestMutations.Add(this);
        CaseMutations.Add(this);
        SatelliteMutations.Add(this);
        ConsultationMutations.Add(this);
        ActivityMutations.Add(this);
        PlanningFields.AddMutations(this);
        WorkFields.AddMutations(this);
        NotificationFields.AddMutations(this);
    }
}
