using Platform.Tenants.Activities;
using Platform.Tenants.PrefecturalSupport;
using Platform.Tenants.Satellites;
using Platform.Tests.Activities;
using Platform.Tests.Satellites;

namespace Platform.Tests.Security;

/// <summary>
/// Satellite, prefectural-support and activity-book state that the release before stored in plain
/// text (it was not tenant-owned then, and had no tenant code) is sealed in place at start-up,
/// once, and reads back through the API as it was.
/// </summary>
public sealed class PlainStateMigrationTests
{
    [Fact]
    public async Task PlainRowsOfTheEarlierRelease_AreSealedAtStart_AndReadBackThroughTheApi()
    {
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("plain_rows");
        var data = TestPostgres.CreateTemporaryFolder();
        var today = SatelliteApi.Today();
        string satellite;
        var host = await PlatformHost.StartAsync(database, data);
        try
        {
            var officer = host.Token("020001", Roles.PrefecturalOfficer);
            satellite = await SatelliteApi.EstablishedIdAsync(host, officer, "022039", SatelliteApi.Date(today.AddDays(-30)));
            var extended = await SatelliteApi.ChangeAsync(host, officer, "extendSatellite", satellite,
                $"plannedTransitionOn: \"{SatelliteApi.Date(today.AddYears(3))}\", reason: \"専門職の採用が遅れる\"");
            Assert.Empty(extended["errors"]!.AsArray());
            var recorded = await new ActivityApi(host, "022039").RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = SatelliteApi.Date(today.AddDays(-3)), participants = 12 });
            Assert.Empty(recorded["errors"]!.AsArray());

            // Stopped, not yet disposed: its serializer and keys turn the rows into what the
            // earlier release wrote, the plain storage format without a tenant code.
            await host.App.StopAsync();
            Assert.Equal(PlainStateSealer.StateNames.Order(), (await RewriteAsPlainAsync(database, host.App.Services)).Order());
        }
        finally
        {
            await host.DisposeAsync();
        }

        await using (var restarted = await PlatformHost.StartAsync(database, data))
        {
            var officer = restarted.Token("020001", Roles.PrefecturalOfficer);
            var read = await restarted.QueryAsync("query($id: ID!) { node(id: $id) { ... on Satellite { status history { kind reason } } } }", new { id = satellite }, officer);
            Assert.Equal("OPERATING", (string)read["node"]!["status"]!);
            Assert.Equal("専門職の採用が遅れる", (string)read["node"]!["history"]![1]!["reason"]!);
            var listed = await restarted.QueryAsync("{ prefecture(code: \"02\") { satellites { nodes { id } } } }", token: officer);
            Assert.Single(listed["prefecture"]!["satellites"]!["nodes"]!.AsArray());
            var activities = await restarted.QueryAsync($"{{ municipality(code: \"022039\") {{ activities(fiscalYear: {FiscalYear.Of(today.AddDays(-3))}) {{ totalCount }} }} }}", token: restarted.Token("022039", Roles.TenantAdmin));
            Assert.Equal(1, (int)activities["municipality"]!["activities"]!["totalCount"]!);
        }

        Assert.All(await PayloadsAsync(database), row => Assert.True(EncryptedStateEnvelope.HasHeader(row.Payload), $"{row.Type} is still plain"));
    }

    // Every satellite, prefectural-support and activity-book row, decrypted and written back as
    // the earlier release stored it; returns the state names rewritten.
    private static async Task<HashSet<string>> RewriteAsPlainAsync(string database, IServiceProvider services)
    {
        var storage = new EncryptingGrainStorageSerializer(
            new OrleansGrainStorageSerializer(services.GetRequiredService<global::Orleans.Serialization.Serializer>()),
            services.GetRequiredService<ITenantKeyStore>());
        var rows = await PayloadsAsync(database);
        await using var db = new NpgsqlConnection(database);
        await db.OpenAsync();

        // That release had no record of data migrations either.
        await using (var forget = new NpgsqlCommand("DELETE FROM platform_data_migration", db))
        {
            await forget.ExecuteNonQueryAsync();
        }
        foreach (var (row, type, payload) in rows)
        {
            var sealedData = new BinaryData(payload);
            BinaryData plain = type switch
            {
                "satellite" => storage.Inner.Serialize(Unowned(storage.Deserialize<SatelliteState>(sealedData)!, s => s.TenantCode = "")),
                "prefectural-support" => storage.Inner.Serialize(Unowned(storage.Deserialize<PrefecturalSupportState>(sealedData)!, s => s.TenantCode = "")),
                _ => storage.Inner.Serialize(Unowned(storage.Deserialize<ActivityBookState>(sealedData)!, s => s.TenantCode = "")),
            };
            await using var update = new NpgsqlCommand("UPDATE grain_state SET payload = @p WHERE ctid = @row::tid", db);
            update.Parameters.AddWithValue("p", plain.ToArray());
            update.Parameters.AddWithValue("row", row);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        return [.. rows.Select(r => r.Type)];
    }

    private static T Unowned<T>(T state, Action<T> clear)
    {
        clear(state);
        return state;
    }

    private static async Task<List<(string Row, string Type, byte[] Payload)>> PayloadsAsync(string database)
    {
        await using var db = new NpgsqlConnection(database);
        await db.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT ctid::text, grain_type, payload FROM grain_state WHERE grain_type = ANY(@names) AND payload IS NOT NULL", db);
        select.Parameters.AddWithValue("names", PlainStateSealer.StateNames);
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<(string, string, byte[])>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), (byte[])reader[2]));
        }

        return rows;
    }
}
