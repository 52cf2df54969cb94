namespace Platform.Tenants.Cases;

/// <summary>
/// The case's entry in its tenant's case book: the facts it is counted by, fixed when the case
/// came in, and the entry sent after each change (pending mark stored with the change).
/// </summary>
public sealed partial class CaseGrain
{
    private ICaseBookGrain Book() => GrainFactory.Grain<ICaseBookGrain>(_tenant);

    private void CaptureFacts(CaseFile file)
    {
        state.State.StatGender = file.Subject?.Gender ?? Gender.Unknown;
        state.State.StatIs8050 = file.Household?.Is8050 ?? false;
        state.State.StatAgeBand = file.Subject switch
        {
            { BirthYear: { } year } => AgeBands.Of(file.OpenedOn.Year - year),
            { AgeBand: { } band } => band,
            _ => AgeBand.Unknown,
        };
    }

    private CaseSummary Summarize(CaseFile file) => new(
        file.Id, file.CaseNumber, file.Status, file.AssignedTo, file.OpenedOn, file.ClosedOn, file.ClosureReason,
        state.State.StatAgeBand, state.State.StatGender, state.State.StatIs8050,
        [.. NameNormalizer.IndexTerms(file.Subject?.Kana).Select(term => blindIndex.Compute(_tenant, term))],
        [.. state.State.Activity], clock.GetUtcNow(), state.State.StatReceived,
        file.Contacts.IsDefaultOrEmpty ? null : file.Contacts.Max(c => JapanDate.Of(c.At)), file.Purged);

    private async Task SyncIndex()
    {
        if (!state.State.IndexPending)
        {
            return;
        }

        while (state.State.File is { } file)
        {
            var sent = false;
            await this.SendOrRetry(
                async () =>
                {
                    using (CallerContext.EnterSystem(signer))
                    {
                        await Book().Upsert(Summarize(file));
                    }

                    sent = true;
                },
                SyncIndex,
                interleave: true,
                logger,
                "Indexing case {CaseId} of tenant {Tenant} failed; it will be retried",
                _id,
                _tenant);
            if (!sent)
            {
                return;
            }

            if (ReferenceEquals(state.State.File, file))
            {
                // Cleared in memory; stored with the next change. A repeat Upsert replaces the entry.
                state.State.IndexPending = false;
                return;
            }

            // The file changed (or was purged) while the entry was on its way, which can happen
            // when this send runs from the activation's interleaving timer: send the newer one.
        }
    }
}
