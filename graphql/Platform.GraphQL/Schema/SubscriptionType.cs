using GraphQL.Types;

namespace Platform.GraphQL.Schema;

/// <summary>The root subscription, served over GraphQL over Server-Sent Events at <c>/graphql/stream</c>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    /// <summary>Defines the fields.</summary>
    public SubscriptionType()
    {
        Name = "Subscription";
        Notifications.NotificationFields.AddSubscriptions(this);
    }
}
