namespace MedDevice.Hub.Storage.Registry.Search;

/// <summary>A paging cursor that this query did not produce (tampered with, or from another search).</summary>
public sealed class InvalidCursorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidCursorException()
        : base("The paging cursor does not belong to this search.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidCursorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public InvalidCursorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
