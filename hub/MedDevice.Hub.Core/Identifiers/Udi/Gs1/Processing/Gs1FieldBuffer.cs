namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>A reusable per-thread list of parsed fields and warnings, so that parsing allocates only its results.</summary>
internal sealed class Gs1FieldBuffer
{
    [ThreadStatic]
    private static Gs1FieldBuffer? _cached;

    private Gs1Field[] _items = new Gs1Field[16];

    /// <summary>Number of fields.</summary>
    public int Count { get; private set; }

    /// <summary>Warnings collected (lenient check digits).</summary>
    public List<Gs1Problem> Warnings { get; } = [];

    /// <summary>The field at <paramref name="index"/>.</summary>
    public ref readonly Gs1Field this[int index] => ref _items[index];

    /// <summary>The fields as a span.</summary>
    public ReadOnlySpan<Gs1Field> Span => _items.AsSpan(0, Count);

    /// <summary>Takes the calling thread's buffer, cleared. Callers must finish with it before renting again.</summary>
    public static Gs1FieldBuffer Rent()
    {
        var buffer = _cached ?? new Gs1FieldBuffer();
        _cached = null;
        buffer.Clear();
        return buffer;
    }

    /// <summary>Gives the buffer back to the calling thread.</summary>
    public static void Return(Gs1FieldBuffer buffer) => _cached = buffer;

    /// <summary>Appends a field.</summary>
    public void Add(in Gs1Field field)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = field;
    }

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
        Warnings.Clear();
    }

    /// <summary>Index of the first field with AI <paramref name="ai"/>, or -1.</summary>
    public int IndexOf(string ai)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_items[i].Entry.Ai, ai) || string.Equals(_items[i].Entry.Ai, ai, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
