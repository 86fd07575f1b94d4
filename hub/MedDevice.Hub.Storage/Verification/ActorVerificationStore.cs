using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Hub.Storage.Protection;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Verification;

/// <summary>
/// The durable actor verification queue and the organisation records it fills. A verdict, the organisation record
/// and the alert message it may raise are committed in one transaction, so none exists without the others.
/// </summary>
public sealed class ActorVerificationStore(SqlDialect dialect, GroupCommitWriter writer, IPayloadProtector? protector = null)
{
    private readonly IPayloadProtector _payloads = protector ?? PlainPayloads.Instance;

    /// <summary>Queues a verification, once per (kind, subject, reference, source message); returns after the commit.</summary>
    public Task<ActorVerificationEnqueued> EnqueueAsync(NewActorVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return writer.WriteAsync((connection, transaction, ct) => EnqueueAsync(connection, transaction, verification, ct));
    }

    /// <summary>Queues a verification in the caller's transaction (e.g. with the effects of the message that named the actor).</summary>
    public async Task<ActorVerificationEnqueued> EnqueueAsync(DbConnection connection, DbTransaction transaction, NewActorVerification verification,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(verification);
        (string, object?)[] key = [("kind", verification.Kind), ("subject_key", verification.SubjectKey),
            ("subject_reference", verification.SubjectReference), ("source_message_id", verification.SourceMessageId)];
        await using (var insert = connection.Command(transaction, dialect.Verification.InsertActorVerificationSql, [.. key, ("now", verification.Now)]))
        {
            if (await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
            {
                return new ActorVerificationEnqueued(Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture), IsNew: true);
            }
        }

        await using var select = connection.Command(transaction, dialect.Verification.SelectActorVerificationIdSql, key);
        var existing = await select.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException("Verification conflict without an existing row.");
        return new ActorVerificationEnqueued(Convert.ToInt64(existing, System.Globalization.CultureInfo.InvariantCulture), IsNew: false);
    }

    /// <summary>Claims up to <paramref name="limit"/> due rows (to verify, or verified with listeners to run) until <paramref name="leaseUntil"/>.</summary>
    public Task<IReadOnlyList<ActorVerificationRecord>> ClaimAsync(int limit, long now, long leaseUntil) =>
        writer.WriteAsync<IReadOnlyList<ActorVerificationRecord>>(async (connection, transaction, ct) =>
        {
            var claimed = new List<ActorVerificationRecord>(limit);
            await using var command = connection.Command(transaction, dialect.Verification.ClaimActorVerificationsSql, ("lease", leaseUntil), ("now", now), ("limit", limit));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(Read(reader));
            }

            claimed.Sort((a, b) => a.Id.CompareTo(b.Id));
            return claimed;
        });

    /// <summary>
    /// Records a verdict with its organisation record and alert, in one transaction. Returns false when the row was
    /// no longer pending (another claim recorded it first): then nothing is written.
    /// </summary>
    public Task<bool> RecordAsync(VerifiedOrganization verified)
    {
        ArgumentNullException.ThrowIfNull(verified);
        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            var updated = await connection.ExecuteAsync(transaction, dialect.Verification.RecordActorVerificationSql, ct,
                ("outcome", verified.Outcome), ("registered_name", verified.RegisteredName), ("checked_at", verified.CheckedAt),
                ("id", verified.VerificationId));
            if (updated == 0)
            {
                return false;
            }

            if (verified.Resource is { } resource)
            {
                await connection.ExecuteAsync(transaction, dialect.Verification.UpsertOrganizationSql, ct, ("tax_code", verified.TaxCode),
                    ("verification_status", verified.Outcome), ("verified_at", verified.CheckedAt), ("now", verified.Now), ("resource", resource));
            }

            if (verified.Alert is { } alert)
            {
                await connection.ExecuteAsync(transaction, dialect.Messaging.InsertInboxSql, ct,
                    ("hub_message_id", alert.HubMessageId), ("partner_id", alert.PartnerId), ("partner_message_id", alert.PartnerMessageId),
                    ("feed", alert.Feed), ("content_type", alert.ContentType), ("body_sha256", alert.BodySha256), ("body", _payloads.Protect(alert.Body)),
                    ("device_key", alert.DeviceKey), ("received_at", alert.ReceivedAt));
            }

            return true;
        });
    }

    /// <summary>Gives claimed rows back for claiming at <paramref name="now"/> (their lease is not waited out), e.g. when the hub stops mid-round.</summary>
    public Task ReleaseAsync(IReadOnlyList<long> ids, long now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            foreach (var id in ids)
            {
                await connection.ExecuteAsync(transaction, dialect.Verification.ReleaseActorVerificationSql, ct, ("now", now), ("id", id));
            }

            return ids.Count;
        });
    }

    /// <summary>Puts a row back until <paramref name="retryAt"/> with the (redacted) reason.</summary>
    public Task PostponeAsync(long id, long retryAt, string error) =>
        writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Verification.PostponeActorVerificationSql, ct,
            ("retry_at", retryAt), ("error", StoredText.Redact(error)), ("id", id)));

    /// <summary>Marks a verified row done after its listeners ran.</summary>
    public Task CompleteAsync(long id, long now) =>
        writer.WriteAsync((connection, transaction, ct) => connection.ExecuteAsync(transaction, dialect.Verification.CompleteActorVerificationSql, ct, ("now", now), ("id", id)));

    /// <summary>One queue row, or null.</summary>
    public async Task<ActorVerificationRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Verification.SelectActorVerificationSql, ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Rows not done yet.</summary>
    public async Task<long> CountOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Verification.CountOpenActorVerificationsSql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The organisation record for a tax code, or null.</summary>
    public async Task<StoredOrganization?> FindOrganizationAsync(string taxCode, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Verification.SelectOrganizationSql, ("tax_code", taxCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredOrganization(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), (byte[])reader.GetValue(5));
    }

    private static ActorVerificationRecord Read(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        (ActorVerificationState)reader.GetInt32(5), reader.GetInt32(6), reader.NullableString(7), reader.NullableString(8),
        reader.NullableInt64(9), reader.NullableString(10), reader.GetInt64(11), reader.NullableInt64(12));
}
