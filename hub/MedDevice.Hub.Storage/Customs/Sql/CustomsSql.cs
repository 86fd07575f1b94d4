using MedDevice.Hub.Storage.Migrations;

namespace MedDevice.Hub.Storage.Customs.Sql;

/// <summary>Customs SQL: recalls, reference prices, declarations and their lines (standard SQL for both engines).</summary>
public abstract class CustomsSql : IMigrationSource
{
    /// <summary>The versions of the schema this feature contributes (in this database's SQL).</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    private const string RecallColumns = "id, udi_di_key, lot, reason, since, recorded_by, recorded_at";

    /// <summary>Records a recall; returns its id.</summary>
    public virtual string InsertRecallSql => """
        INSERT INTO recalls (udi_di_key, lot, reason, since, recorded_by, recorded_at)
        VALUES (@udi_di_key, @lot, @reason, @since, @recorded_by, @recorded_at) RETURNING id
        """;

    /// <summary>The recalls of one UDI-DI key (every lot and lot-specific ones).</summary>
    public virtual string SelectRecallsByKeySql => $"SELECT {RecallColumns} FROM recalls WHERE udi_di_key = @udi_di_key ORDER BY id";

    /// <summary>The newest recalls, optionally of one UDI-DI key.</summary>
    public virtual string ListRecallsSql => $"""
        SELECT {RecallColumns} FROM recalls WHERE (CAST(@udi_di_key AS TEXT) IS NULL OR udi_di_key = @udi_di_key) ORDER BY id DESC LIMIT @limit
        """;

    /// <summary>Creates or replaces a reference price.</summary>
    public virtual string UpsertReferencePriceSql => """
        INSERT INTO reference_prices (price_key, unit_price_vnd, currency, source, updated_at)
        VALUES (@price_key, @unit_price_vnd, @currency, @source, @updated_at)
        ON CONFLICT (price_key) DO UPDATE SET unit_price_vnd = excluded.unit_price_vnd, currency = excluded.currency,
            source = excluded.source, updated_at = excluded.updated_at
        """;

    /// <summary>One reference price by key.</summary>
    public virtual string SelectReferencePriceSql =>
        "SELECT price_key, unit_price_vnd, currency, source, updated_at FROM reference_prices WHERE price_key = @price_key";

    /// <summary>Reference prices in key order after a key.</summary>
    public virtual string ListReferencePricesSql => """
        SELECT price_key, unit_price_vnd, currency, source, updated_at FROM reference_prices WHERE price_key > @after ORDER BY price_key LIMIT @limit
        """;

    /// <summary>A declaration by its base number.</summary>
    public virtual string SelectCustomsDeclarationSql => """
        SELECT base_number, number, partner_id, importer, customs_office, state, amendment_count, lane, hub_message_id, created_at, updated_at
        FROM customs_declarations WHERE base_number = @base_number
        """;

    /// <summary>Creates or replaces a declaration row.</summary>
    public virtual string UpsertCustomsDeclarationSql => """
        INSERT INTO customs_declarations (base_number, number, partner_id, importer, customs_office, state, amendment_count, lane, hub_message_id, created_at, updated_at)
        VALUES (@base_number, @number, @partner_id, @importer, @customs_office, @state, @amendment_count, @lane, @hub_message_id, @created_at, @updated_at)
        ON CONFLICT (base_number) DO UPDATE SET number = excluded.number, partner_id = excluded.partner_id, importer = excluded.importer,
            customs_office = excluded.customs_office, state = excluded.state, amendment_count = excluded.amendment_count, lane = excluded.lane,
            hub_message_id = excluded.hub_message_id, updated_at = excluded.updated_at
        """;

    /// <summary>A declaration's lines.</summary>
    public virtual string SelectCustomsLinesSql => """
        SELECT base_number, line_no, state, verdict, reasons, content_sha256, updated_at FROM customs_lines WHERE base_number = @base_number ORDER BY line_no
        """;

    /// <summary>Creates or replaces a line row.</summary>
    public virtual string UpsertCustomsLineSql => """
        INSERT INTO customs_lines (base_number, line_no, state, verdict, reasons, content_sha256, updated_at)
        VALUES (@base_number, @line_no, @state, @verdict, @reasons, @content_sha256, @updated_at)
        ON CONFLICT (base_number, line_no) DO UPDATE SET state = excluded.state, verdict = excluded.verdict, reasons = excluded.reasons,
            content_sha256 = excluded.content_sha256, updated_at = excluded.updated_at
        """;

    /// <summary>The devices of a declaration's lines.</summary>
    public virtual string SelectCustomsLineDevicesSql =>
        "SELECT base_number, line_no, device_id, kind FROM customs_line_devices WHERE base_number = @base_number ORDER BY line_no, device_id";

    /// <summary>Forgets a line's devices (before recording the current ones).</summary>
    public virtual string DeleteCustomsLineDevicesSql => "DELETE FROM customs_line_devices WHERE base_number = @base_number AND line_no = @line_no";

    /// <summary>Records one device of a line.</summary>
    public virtual string InsertCustomsLineDeviceSql => """
        INSERT INTO customs_line_devices (base_number, line_no, device_id, kind) VALUES (@base_number, @line_no, @device_id, @kind)
        ON CONFLICT (base_number, line_no, device_id) DO NOTHING
        """;

    /// <summary>How many live lines of declarations other than @base_number still hold a device.</summary>
    public virtual string CountOtherLiveLinesOfDeviceSql => """
        SELECT COUNT(*) FROM customs_line_devices d
        JOIN customs_lines l ON l.base_number = d.base_number AND l.line_no = d.line_no
        WHERE d.device_id = @device_id AND l.state = 'active' AND d.base_number <> @base_number
        """;

    /// <summary>Creates or replaces <paramref name="rows"/> line rows of one declaration (@base_number, @updated_at; per row i @line_no{i}, @state{i}, @verdict{i}, @reasons{i}, @content_sha256{i}).</summary>
    public string UpsertCustomsLinesSql(int rows) => CustomsRows(UpsertLineRows, rows,
        "INSERT INTO customs_lines (base_number, line_no, state, verdict, reasons, content_sha256, updated_at) VALUES ",
        i => $"(@base_number, @line_no{i}, @state{i}, @verdict{i}, @reasons{i}, @content_sha256{i}, @updated_at)",
        """
         ON CONFLICT (base_number, line_no) DO UPDATE SET state = excluded.state, verdict = excluded.verdict, reasons = excluded.reasons,
            content_sha256 = excluded.content_sha256, updated_at = excluded.updated_at
        """);

    /// <summary>Forgets the devices of <paramref name="rows"/> lines of one declaration (@base_number; per row i @line_no{i}).</summary>
    public string DeleteCustomsLinesDevicesSql(int rows) => CustomsRows(DeleteLineRows, rows,
        "DELETE FROM customs_line_devices WHERE base_number = @base_number AND line_no IN (", i => $"@line_no{i}", ")");

    /// <summary>Records <paramref name="rows"/> line devices of one declaration (@base_number; per row i @line_no{i}, @device_id{i}, @kind{i}).</summary>
    public string InsertCustomsLineDevicesSql(int rows) => CustomsRows(InsertDeviceRows, rows,
        "INSERT INTO customs_line_devices (base_number, line_no, device_id, kind) VALUES ", i => $"(@base_number, @line_no{i}, @device_id{i}, @kind{i})",
        " ON CONFLICT (base_number, line_no, device_id) DO NOTHING");

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> UpsertLineRows = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> DeleteLineRows = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> InsertDeviceRows = new();

    private static string CustomsRows(System.Collections.Concurrent.ConcurrentDictionary<int, string> cache, int rows, string head, Func<int, string> row, string tail = "")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        return cache.GetOrAdd(rows, n => head + string.Join(", ", Enumerable.Range(0, n).Select(row)) + tail);
    }
}
