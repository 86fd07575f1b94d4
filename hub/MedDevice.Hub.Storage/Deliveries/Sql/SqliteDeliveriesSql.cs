using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Deliveries.Sql;

/// <summary>SQLite delivery SQL: a single writer process, so a plain UPDATE … RETURNING claim is race-free.</summary>
public sealed class SqliteDeliveriesSql : DeliveriesSql
{
    /// <inheritdoc />
    public override string ClaimDeliveriesSql => $"""
        UPDATE deliveries SET claimed_until = @lease, claimed_by = @node
        WHERE id IN (
            SELECT c.id FROM deliveries c
            WHERE c.status = 0 AND c.next_attempt_at <= @now AND c.claimed_until <= @now AND {HeadOfKeyCondition}
            ORDER BY c.next_attempt_at, c.id LIMIT @limit)
        RETURNING id, inbox_id, hub_message_id, subscriber_id, topic, order_key, attempts
        """;

    /// <inheritdoc />
    public override System.Data.Common.DbCommand CreateSelectPayloadsCommand(System.Data.Common.DbConnection connection, IReadOnlyList<long> inboxIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(inboxIds);
        var command = connection.CreateCommand();
        // Placeholders only; the values travel as parameters.
        command.CommandText = "SELECT id, COALESCE(output, body) FROM inbox WHERE id IN ("
            + string.Join(',', Enumerable.Range(0, inboxIds.Count).Select(i => "@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
        for (var i = 0; i < inboxIds.Count; i++)
        {
            SqlDialect.AddParameter(command, "i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), inboxIds[i]);
        }

        return command;
    }

    /// <inheritdoc />
    /// <remarks>The queue's tables came with the backbone (the messaging feature's version 1).</remarks>
    public override IReadOnlyList<Migration> Migrations => [];
}
