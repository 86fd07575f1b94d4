using System.Globalization;
using System.Text;
using MedDevice.Hub.Core.Text;
using MedDevice.Hub.Storage.Registry.Search;

namespace MedDevice.Hub.Storage.Registry.Sql;

/// <summary>
/// Builds the SQL of a device search (standard SQL for both engines). One criterion drives the scan in index order,
/// so a first page costs a short index range whatever the number of hits: the first single-value string criterion
/// (order: folded value, id), else the first single-value token (order: id), else the devices table (order: id, or
/// last-updated for <c>_sort</c>). Every other criterion is an <c>EXISTS</c> filter. Pages continue by keyset.
/// </summary>
internal sealed class DeviceSearchSql
{
    private const string MaxChar = "\U0010FFFF";
    private readonly List<(string Name, object? Value)> _parameters = [];
    private readonly long _now;
    private readonly Func<string, string, string> _byDevice;
    private string _id = "d.id";

    /// <param name="now">The current time (Unix ms) for <c>ap</c>.</param>
    /// <param name="byDevice">The FROM item of an index table read by device id (table, alias): SQLite needs an index hint.</param>
    private DeviceSearchSql(long now, Func<string, string, string> byDevice)
    {
        _now = now;
        _byDevice = byDevice;
    }

    /// <summary>How the driving scan orders rows; part of the cursor.</summary>
    internal enum DriverKind
    {
        Id = 0,
        LastUpdated = 1,
        LastUpdatedDescending = 2,
        Text = 3,
        Token = 4,
    }

    internal IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <summary>The page query: columns id, version_id, last_updated, resource, order_text.</summary>
    internal static (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, DriverKind Driver) Page(DeviceQuery query, long now, Func<string, string, string> byDevice)
    {
        var builder = new DeviceSearchSql(now, byDevice);
        var (driver, driverIndex) = ChooseDriver(query);
        var sql = new StringBuilder();
        var (from, where, orderText, orderBy) = builder.DriverClauses(query, driver, driverIndex, onePerDevice: true);
        sql.Append("SELECT d.id, d.version_id, d.last_updated, d.resource, ").Append(orderText).Append(" AS order_text FROM ").Append(from)
            .Append(" WHERE d.deleted = 0").Append(where);
        builder.AppendFilters(sql, query, driverIndex);
        builder.AppendCursor(sql, query.Cursor, driver);
        sql.Append(" ORDER BY ").Append(orderBy).Append(" LIMIT ").Append(builder.Add(query.Count + 1));
        return (sql.ToString(), builder.Parameters, driver);
    }

    /// <summary>The number of matching live devices.</summary>
    internal static (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters) Count(DeviceQuery query, long now, Func<string, string, string> byDevice)
    {
        var builder = new DeviceSearchSql(now, byDevice);
        var (driver, driverIndex) = ChooseDriver(query with { Sort = DeviceSort.Default });
        var sql = new StringBuilder();
        if (driver == DriverKind.Text && !query.Criteria.Any(c => c is LastUpdatedCriterion)
            && query.Criteria[driverIndex] is StringCriterion { Match: StringMatch.Prefix or StringMatch.Exact } text)
        {
            // Index only and no DISTINCT: an exact value is one row per device; of a device's values matching a prefix
            // (a contiguous run in its sorted values) exactly one has its predecessor before the prefix (SearchStringRow).
            builder._id = "s.device_id";
            sql.Append("SELECT COUNT(*) FROM device_search_strings s WHERE ").Append(builder.DriverCondition(query, driverIndex, "s"));
            if (text.Match == StringMatch.Prefix)
            {
                sql.Append(" AND (s.prev_folded IS NULL OR s.prev_folded < ").Append(builder.Add(SearchText.Fold(text.Values[0]))).Append(')');
            }
        }
        else if (driver is DriverKind.Text or DriverKind.Token && !query.Criteria.Any(c => c is LastUpdatedCriterion))
        {
            // Revoked devices have no index rows, so a count needs only the index: no visit to the devices table.
            var (table, alias, condition) = driver == DriverKind.Text
                ? ("device_search_strings", "s", builder.DriverCondition(query, driverIndex, "s"))
                : ("device_search_tokens", "t", builder.DriverCondition(query, driverIndex, "t"));
            builder._id = alias + ".device_id";
            sql.Append("SELECT COUNT(DISTINCT ").Append(builder._id).Append(") FROM ").Append(table).Append(' ').Append(alias).Append(" WHERE ").Append(condition);
        }
        else
        {
            var (from, where, _, _) = builder.DriverClauses(query, driver, driverIndex, onePerDevice: false);
            sql.Append("SELECT COUNT(DISTINCT d.id) FROM ").Append(from).Append(" WHERE d.deleted = 0").Append(where);
        }

        builder.AppendFilters(sql, query, driverIndex);
        return (sql.ToString(), builder.Parameters);
    }

    private string DriverCondition(DeviceQuery query, int index, string alias) => query.Criteria[index] switch
    {
        StringCriterion text => StringCondition(alias, text.Param, text.Match, text.Values[0]),
        TokenCriterion token => TokenCondition(alias, token.Param, token.Values[0]),
        _ => throw new ArgumentException("The driving criterion must be a string or token.", nameof(query)),
    };

    private static (DriverKind Kind, int Index) ChooseDriver(DeviceQuery query)
    {
        if (query.Sort != DeviceSort.Default)
        {
            return (query.Sort == DeviceSort.LastUpdated ? DriverKind.LastUpdated : DriverKind.LastUpdatedDescending, -1);
        }

        for (var i = 0; i < query.Criteria.Count; i++)
        {
            if (query.Criteria[i] is StringCriterion { Values.Count: 1, Match: not StringMatch.Contains })
            {
                return (DriverKind.Text, i);
            }
        }

        for (var i = 0; i < query.Criteria.Count; i++)
        {
            if (query.Criteria[i] is TokenCriterion { Values.Count: 1, Not: false } token && token.Values[0].Code is not null)
            {
                return (DriverKind.Token, i);
            }
        }

        return (DriverKind.Id, -1);
    }

    private (string From, string Where, string OrderText, string OrderBy) DriverClauses(DeviceQuery query, DriverKind driver, int index, bool onePerDevice)
    {
        switch (driver)
        {
            case DriverKind.Text:
                var text = (StringCriterion)query.Criteria[index];
                var condition = StringCondition("s", text.Param, text.Match, text.Values[0]);
                // One row per device: its smallest matching value, so keyset pages never repeat a device.
                if (!onePerDevice)
                {
                    return ("device_search_strings s JOIN devices d ON d.id = s.device_id", " AND " + condition, "NULL", "s.device_id");
                }

                var smaller = StringCondition("s2", text.Param, text.Match, text.Values[0]);
                return ("device_search_strings s JOIN devices d ON d.id = s.device_id",
                    $" AND {condition} AND NOT EXISTS (SELECT 1 FROM {_byDevice("device_search_strings", "s2")} WHERE s2.device_id = s.device_id AND {smaller}"
                    + " AND (s2.value_folded < s.value_folded OR (s2.value_folded = s.value_folded AND s2.value_exact < s.value_exact)))",
                    "s.value_folded", "s.value_folded, s.device_id");
            case DriverKind.Token:
                var token = (TokenCriterion)query.Criteria[index];
                return ("device_search_tokens t JOIN devices d ON d.id = t.device_id",
                    " AND " + TokenCondition("t", token.Param, token.Values[0]), "NULL", "t.device_id");
            case DriverKind.LastUpdated:
                return ("devices d", "", "NULL", "d.last_updated, d.id");
            case DriverKind.LastUpdatedDescending:
                return ("devices d", "", "NULL", "d.last_updated DESC, d.id DESC");
            default:
                return ("devices d", "", "NULL", "d.id");
        }
    }

    private void AppendFilters(StringBuilder sql, DeviceQuery query, int driverIndex)
    {
        for (var i = 0; i < query.Criteria.Count; i++)
        {
            if (i == driverIndex)
            {
                continue;
            }

            switch (query.Criteria[i])
            {
                case StringCriterion text:
                    var alias = "f" + i.ToString(CultureInfo.InvariantCulture);
                    sql.Append(" AND EXISTS (SELECT 1 FROM ").Append(_byDevice("device_search_strings", alias)).Append(" WHERE ").Append(alias).Append(".device_id = ").Append(_id).Append(" AND (")
                        .AppendJoin(" OR ", text.Values.Select(v => StringCondition(alias, text.Param, text.Match, v))).Append("))");
                    break;
                case TokenCriterion token:
                    var t = "f" + i.ToString(CultureInfo.InvariantCulture);
                    sql.Append(token.Not ? " AND NOT EXISTS" : " AND EXISTS").Append(" (SELECT 1 FROM ").Append(_byDevice("device_search_tokens", t)).Append(" WHERE ").Append(t).Append(".device_id = ").Append(_id).Append(" AND (")
                        .AppendJoin(" OR ", token.Values.Select(v => TokenCondition(t, token.Param, v))).Append("))");
                    break;
                case IdCriterion ids:
                    sql.Append(" AND ").Append(_id).Append(" IN (").AppendJoin(", ", ids.Ids.Select(Add)).Append(')');
                    break;
                case LastUpdatedCriterion date:
                    sql.Append(" AND ").Append(DateCondition(date));
                    break;
                default:
                    throw new ArgumentException($"Unsupported criterion {query.Criteria[i].GetType().Name}.", nameof(query));
            }
        }
    }

    private void AppendCursor(StringBuilder sql, string? cursor, DriverKind driver)
    {
        if (cursor is null)
        {
            return;
        }

        var (kind, text, number, id) = SearchCursor.Decode(cursor);
        if (kind != driver)
        {
            throw new InvalidCursorException();
        }

        switch (driver)
        {
            case DriverKind.Text:
                var folded = Add(text);
                sql.Append(" AND (s.value_folded > ").Append(folded).Append(" OR (s.value_folded = ").Append(folded).Append(" AND s.device_id > ").Append(Add(id)).Append("))");
                break;
            case DriverKind.Token:
                sql.Append(" AND t.device_id > ").Append(Add(id));
                break;
            case DriverKind.LastUpdated:
                var after = Add(number);
                sql.Append(" AND (d.last_updated > ").Append(after).Append(" OR (d.last_updated = ").Append(after).Append(" AND d.id > ").Append(Add(id)).Append("))");
                break;
            case DriverKind.LastUpdatedDescending:
                var before = Add(number);
                sql.Append(" AND (d.last_updated < ").Append(before).Append(" OR (d.last_updated = ").Append(before).Append(" AND d.id < ").Append(Add(id)).Append("))");
                break;
            default:
                sql.Append(" AND d.id > ").Append(Add(id));
                break;
        }
    }

    private string StringCondition(string alias, string param, StringMatch match, string value)
    {
        var folded = SearchText.Fold(value);
        var head = $"{alias}.param = {Add(param)} AND ";
        return match switch
        {
            StringMatch.Exact => head + $"{alias}.value_exact = {Add(value)} AND {alias}.value_folded = {Add(folded)}",
            StringMatch.Contains => head + $"{alias}.value_folded LIKE {Add("%" + EscapeLike(folded) + "%")} ESCAPE '\\'",
            _ => head + $"{alias}.value_folded >= {Add(folded)} AND {alias}.value_folded < {Add(folded + MaxChar)}",
        };
    }

    private string TokenCondition(string alias, string param, TokenMatch value)
    {
        var head = $"{alias}.param = {Add(param)}";
        if (value.Code is null)
        {
            return value.System is null ? head : $"{head} AND {alias}.system = {Add(value.System)}";
        }

        var code = $" AND {alias}.code = {Add(value.Code)}";
        return value.AnySystem ? head + code
            : value.System is null ? $"{head}{code} AND {alias}.system IS NULL"
            : $"{head}{code} AND {alias}.system = {Add(value.System)}";
    }

    private string DateCondition(LastUpdatedCriterion date)
    {
        string Start() => Add(date.Start);
        string End() => Add(date.End);
        switch (date.Comparison)
        {
            case DateComparison.NotEqual:
                return $"(d.last_updated < {Start()} OR d.last_updated >= {End()})";
            case DateComparison.GreaterThan:
            case DateComparison.StartsAfter:
                return $"d.last_updated >= {End()}";
            case DateComparison.LessThan:
            case DateComparison.EndsBefore:
                return $"d.last_updated < {Start()}";
            case DateComparison.GreaterOrEqual:
                return $"d.last_updated >= {Start()}";
            case DateComparison.LessOrEqual:
                return $"d.last_updated < {End()}";
            case DateComparison.Approximately:
                var margin = Math.Max(86_400_000L, Math.Abs(_now - date.Start) / 10);
                return $"d.last_updated >= {Add(date.Start - margin)} AND d.last_updated < {Add(date.End + margin)}";
            default:
                return $"d.last_updated >= {Start()} AND d.last_updated < {End()}";
        }
    }

    private string Add(object? value)
    {
        var name = "q" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return "@" + name;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
