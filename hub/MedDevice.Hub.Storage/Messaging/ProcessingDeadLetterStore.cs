using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Messaging;

/// <summary>Processing dead letters: inbox rows parked after their attempt budget (list, show, count, replay).</summary>
public sealed class ProcessingDeadLetterStore(SqlDialect dialect, GroupCommitWriter writer)
{
    /// <summary>Processing dead letters after <paramref name="afterId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ProcessingDeadLetter>> ListAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Messaging.SelectProcessingDeadLettersSql, ("after_id", afterId), ("limit", limit));
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>One processing dead letter by inbox id, or null.</summary>
    public async Task<ProcessingDeadLetter?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Messaging.SelectProcessingDeadLetterSql, ("id", id));
        var found = await ReadAsync(command, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>How many messages are parked.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.Messaging.CountProcessingDeadLettersSql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Returns parked messages to the inbox with a fresh attempt budget; returns how many moved.</summary>
    public Task<int> ReplayAsync(IReadOnlyList<long> ids, long now)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return writer.WriteAsync(async (connection, transaction, ct) =>
        {
            var moved = 0;
            foreach (var id in ids)
            {
                moved += await connection.ExecuteAsync(transaction, dialect.Messaging.ReplayProcessingDeadLetterSql, ct, ("now", now), ("id", id));
            }

            return moved;
        });
    }

    private static async Task<IReadOnlyList<ProcessingDeadLetter>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<ProcessingDeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ProcessingDeadLetter(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.NullableString(4),
                reader.GetInt32(5), reader.NullableString(6), reader.NullableString(7), reader.GetInt64(8), reader.NullableInt64(9)));
        }

        return list;
    }
}
