using Microsoft.Extensions.Logging;
using Platform.Tenants.Access;
using Platform.Tenants.Notifications;

namespace Platform.GraphQL.Notifications;

/// <summary>
/// One open subscription: a grain observer registered with the tenant's notification book (so a
/// notice raised on any silo reaches it), renewed while the stream is open, removed when the
/// subscriber goes away. Each notice it receives goes to the GraphQL subscription as a value.
/// </summary>
internal sealed class NotificationStream(IGrainFactory grains, INotificationBookGrain book, CallerEnvelope caller, ILogger logger)
    : IObservable<NoticeView>, INotificationObserver
{
    /// <summary>How often the subscription is renewed (well within the book's lease).</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stop = new();
    private INotificationObserver? _reference;
    private IObserver<NoticeView>? _subscriber;

    /// <summary>Registers with the book; once this returns, notices raised reach the stream.</summary>
    public async Task StartAsync()
    {
        _reference = grains.CreateObjectReference<INotificationObserver>(this);
        await book.Subscribe(_reference);
        _ = RenewAsync();
    }

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<NoticeView> observer)
    {
        _subscriber = observer;
        return new Unsubscriber(this);
    }

    /// <inheritdoc />
    public void Received(Notice notice) => _subscriber?.OnNext(new NoticeView(notice, false));

    private async Task RenewAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(RenewEvery, _stop.Token);
                CallerContext.Set(caller);
                await book.Subscribe(_reference!);
            }
        }
        catch (OperationCanceledException)
        {
            // The subscriber went away.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A notification subscription could not be renewed; the stream ends");
            _subscriber?.OnCompleted();
        }
    }

    private async Task StopAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            CallerContext.Set(caller);
            await book.Unsubscribe(_reference!);
        }
        catch (Exception ex)
        {
            // The book's lease ends it anyway.
            logger.LogDebug(ex, "A notification subscription could not be ended; its lease will lapse");
        }
        finally
        {
            grains.DeleteObjectReference<INotificationObserver>(_reference!);
        }
    }

    private sealed class Unsubscriber(NotificationStream stream) : IDisposable
    {
        public void Dispose() => _ = stream.StopAsync();
    }
}
