using Platform.GraphQL.Notifications;

namespace Platform.GraphQL.Schema;

/// <summary>The root subscription, served over GraphQL over Server-Sent Events at <c>/graphql/stream</c>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Events pushed to the caller over POST /graphql/stream (GraphQL over Server-Sent Events).";
        Notifications.NotificationFields.AddSubscriptions(this);
    }
}
