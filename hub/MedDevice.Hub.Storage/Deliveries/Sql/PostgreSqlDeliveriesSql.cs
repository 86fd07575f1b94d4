using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Deliveries.Sql;

/// <summary>PostgreSQL delivery SQL: several processes claim disjoint batches with FOR UPDATE SKIP LOCKED.</summary>
public sealed class PostgreSqlDeliveriesSql : DeliveriesSql
{
    /// <inheritdoc />
    public override string ClaimDeliveriesSql => $"""
        UPDATE deliveries SET claimed_until = @lease, claimed_by = @node
        WHERE id IN (
            SELECT c.id FROM deliveries c
            WHERE c.status = 0 AND c.next_attempt_at <= @now AND c.claimed_until <= @now AND {HeadOfKeyCondition}
            ORDER BY c.next_attempt_at, c.id LIMIT @limit FOR UPDATE SKIP LOCKED)
        RETURNING id, inbox_id, hub_message_id, subscriber_id, topic, order_key, attempts
        """;

    /// <inheritdoc />
    public override System.Data.Common.DbCommand CreateSelectPayloadsCommand(System.Data.Common.DbConnection connection, IReadOnlyList<long> inboxIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = "SELECT id, COALESCE(output, body) FROM inbox WHERE id = ANY(@ids)";
        SqlDialect.AddParameter(command, "ids", inboxIds.ToArray());
        return command;
    }

    /// <inheritdoc />
    /// <remarks>The queue's tables came with the backbone (the messaging feature's version 1).</remarks>
    public override IReadOnlyList<Migration> Migrations => [];
}
