using System.Data.Common;
using MedDevice.Hub.Storage.Dialects;
using MedDevice.Hub.Storage.Writing;

namespace MedDevice.Hub.Storage.Messaging;

/// <summary>Reads one message's per-subscriber stages from the queue and the delivered log.</summary>
internal static class MessageDeliveryReader
{
    public static async Task<IReadOnlyList<SubscriberDeliveryStatus>> ReadAsync(SqlDialect dialect, DbConnection connection, string hubMessageId, CancellationToken ct)
    {
        var list = new List<SubscriberDeliveryStatus>();
        await using (var open = await connection.Command(null, dialect.Messaging.SelectMessageDeliveriesSql, ("hub_message_id", hubMessageId)).ExecuteReaderAsync(ct))
        {
            while (await open.ReadAsync(ct))
            {
                var attempts = open.GetInt32(2);
                var state = open.GetInt32(1) == 2 ? "dead" : attempts > 0 ? "retrying" : "pending";
                list.Add(new SubscriberDeliveryStatus(open.GetString(0), state, attempts, null, state == "dead" ? null : open.GetInt64(3), open.NullableString(4)));
            }
        }

        await using (var done = await connection.Command(null, dialect.Messaging.SelectMessageDeliveredSql, ("hub_message_id", hubMessageId)).ExecuteReaderAsync(ct))
        {
            while (await done.ReadAsync(ct))
            {
                list.Add(new SubscriberDeliveryStatus(done.GetString(0), "delivered", done.GetInt32(1), done.GetInt64(2), null, null));
            }
        }

        list.Sort((a, b) => string.CompareOrdinal(a.SubscriberId, b.SubscriberId));
        return list;
    }
}
