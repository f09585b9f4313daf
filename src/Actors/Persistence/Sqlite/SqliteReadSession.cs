using Microsoft.Data.Sqlite;

namespace NanoClaw.Actors.Persistence.Sqlite;

/// <summary>
/// A read connection kept open by <see cref="SqliteDatabase"/> with its statements prepared once, so
/// the queries recovery runs per actor (newest snapshot, highest sequence nr, a page of events) cost
/// a bind and a step instead of an open, a pragma and a compile. Used by one caller at a time; every
/// reader it hands out must be disposed before the session is returned, which ends the implicit read
/// transaction (so it never pins the WAL).
/// </summary>
internal sealed class SqliteReadSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The prepared command for <paramref name="sql"/>, with its parameters in <paramref name="parameterNames"/> order.</summary>
    public SqliteCommand Command(string sql, params string[] parameterNames)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            _commands[sql] = command;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
